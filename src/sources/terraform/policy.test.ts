import { describe, expect, it } from 'vitest';
import { Unknown } from '../model.js';
import { renderPolicyDocument } from './policy.js';
import { EvalError } from './values.js';

const render = (values: Record<string, unknown>) => renderPolicyDocument(values, 'data.aws_iam_policy_document.p');

describe('aws_iam_policy_document rendering', () => {
  it('defaults Version and Effect, dedupes sets, single element → string, several → reverse sorted', () => {
    const { json, minified_json } = render({ statement: [{ actions: ['s3:GetObject', 's3:GetObject'], resources: ['b', 'a', 'c'] }] });
    expect(minified_json).toBe('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":["c","b","a"]}]}');
    expect(json).toBe(JSON.stringify(JSON.parse(minified_json as string), null, 2));
  });

  it('merges principal blocks of one type, renders "*" only for type "*", sorts principal types', () => {
    const { minified_json } = render({
      statement: [
        {
          actions: ['sts:AssumeRole'],
          principals: [
            { type: 'Service', identifiers: ['ec2.amazonaws.com'] },
            { type: 'AWS', identifiers: ['arn:aws:iam::1:root'] },
            { type: 'AWS', identifiers: ['arn:aws:iam::2:root'] },
          ],
        },
        { actions: ['s3:*'], principals: [{ type: 'AWS', identifiers: ['*'] }] },
      ],
    });
    expect(JSON.parse(minified_json as string).Statement).toEqual([
      { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: ['arn:aws:iam::1:root', 'arn:aws:iam::2:root'], Service: 'ec2.amazonaws.com' } },
      { Effect: 'Allow', Action: 's3:*', Principal: { AWS: '*' } },
    ]);
  });

  it('is Unknown (refs kept) when any input is unknown; rejects duplicate Sids', () => {
    const out = render({ statement: [{ actions: ['s3:*'], resources: [new Unknown('computed attribute aws_s3_bucket.b.arn', ['aws_s3_bucket.b'])] }] });
    expect(out.json).toBeInstanceOf(Unknown);
    expect((out.json as Unknown).refs).toEqual(['aws_s3_bucket.b']);
    expect(() => render({ statement: [{ sid: 'A' }, { sid: 'A' }] })).toThrow(EvalError);
    expect(() => render({ source_policy_documents: ['not json'] })).toThrow(/not valid JSON/);
  });

  it('escapes HTML characters as Go does', () => {
    const { minified_json } = render({ statement: [{ actions: ['s3:*'], resources: ['arn:aws:s3:::a&b<c>'] }] });
    expect(minified_json).toContain('arn:aws:s3:::a\\u0026b\\u003cc\\u003e');
  });
});
