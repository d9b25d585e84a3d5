/**
 * The syntax tree of HCL native syntax (Terraform's `.tf` and `.tfvars` files), with source positions.
 * Produced by `parseHcl` (./parser.ts), walked by the evaluator (../eval.ts). No I/O.
 */

export interface Pos {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  /** 0-based offset into the text. */
  offset: number;
}

export interface Range {
  start: Pos;
  end: Pos;
}

/** A comment as written: `# text`, `// text` or `/* text *\/`, with the lines it spans. */
export interface Comment {
  /** The text without its markers, trimmed. */
  text: string;
  line: number;
  endLine: number;
}

export interface ConfigFile {
  file: string;
  body: Body;
  comments: Comment[];
}

/** Attributes and blocks in source order. */
export interface Body {
  items: Array<Attribute | Block>;
  range: Range;
}

export interface Attribute {
  kind: 'attribute';
  name: string;
  expr: Expr;
  range: Range;
}

export interface Block {
  kind: 'block';
  type: string;
  /** Quoted or bare labels, as strings. */
  labels: string[];
  body: Body;
  /** From the block type's first character to the closing brace. */
  range: Range;
}

export type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%';

export type Expr =
  | { type: 'literal'; value: string | number | boolean | null; range: Range }
  /** A quoted string or heredoc with interpolations / directives. A quoted string with none is still a template of one string part. */
  | { type: 'template'; parts: TemplatePart[]; heredoc: boolean; range: Range }
  | { type: 'tuple'; items: Expr[]; range: Range }
  /**
   * `{ k = v, "k2": v2, (expr) = v3 }`. A bare identifier key is a `literal` string (HCL reads `{ a = 1 }` as
   * the key "a"); a parenthesized key is the expression inside.
   */
  | { type: 'object'; items: Array<{ key: Expr; value: Expr }>; range: Range }
  /** A root name: `var`, `local`, `each`, `count`, `module`, `data`, `path`, `self`, `terraform`, a resource type, a for-variable. */
  | { type: 'variable'; name: string; range: Range }
  /** `object.name` (also legacy `object.0`, as a name of digits). */
  | { type: 'getattr'; object: Expr; name: string; range: Range }
  /** `object[key]`. */
  | { type: 'index'; object: Expr; key: Expr; range: Range }
  /**
   * `object[*].a.b` or `object.*.a`: `each` is the traversal after the splat, applied to every element, with
   * `{ type: 'splat-item' }` standing for the element (`[*]` alone: `each` is just the splat-item).
   */
  | { type: 'splat'; object: Expr; each: Expr; range: Range }
  | { type: 'splat-item'; range: Range }
  /** `name(args)`; `expandFinal` for `f(a, list...)`. Provider functions (`provider::aws::arn_parse`) keep their full name. */
  | { type: 'call'; name: string; args: Expr[]; expandFinal: boolean; range: Range }
  /** `[for k, v in coll : value if cond]` and `{for k, v in coll : key => value... if cond}`. */
  | {
      type: 'for';
      keyVar?: string;
      valueVar: string;
      collection: Expr;
      /** Object-for only. */
      key?: Expr;
      value: Expr;
      cond?: Expr;
      /** `...` after the value (object-for grouping mode). */
      grouping: boolean;
      object: boolean;
      range: Range;
    }
  | { type: 'conditional'; cond: Expr; then: Expr; else: Expr; range: Range }
  | { type: 'binary'; op: BinaryOp; left: Expr; right: Expr; range: Range }
  | { type: 'unary'; op: '!' | '-'; operand: Expr; range: Range }
  | { type: 'parens'; expr: Expr; range: Range };

export type TemplatePart =
  /** Literal text with escapes (`\n`, `\"`, `\u00e9`, `$${`, `%%{`) already decoded. */
  | { type: 'string'; value: string }
  | { type: 'interp'; expr: Expr; range: Range }
  | { type: 'if'; cond: Expr; then: TemplatePart[]; else?: TemplatePart[]; range: Range }
  | { type: 'for'; keyVar?: string; valueVar: string; collection: Expr; body: TemplatePart[]; range: Range };
