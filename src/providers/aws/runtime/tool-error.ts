/** A failure of the tool itself (bad credentials, unreachable endpoint): one actionable line, exit code 2. */
export class ToolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ToolError';
  }
}
