// The plan's output at speed: the csv output writes the cells a rule's decisions share once per
// variant of the rule, even when variants alternate, and the writer encodes big batches itself,
// to the very bytes the stream's own conversion gives.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decide, type Decision, type UserSnapshot } from '../../src/index';
import { explainer } from '../../src/cli/output/explanations';
import { csvPlanSink } from '../../src/cli/output/plan-csv';
import { BufferedWriter } from '../../src/cli/output/writer';

function collected(): { readonly stream: PassThrough; chunks: (Buffer | string)[]; bytes(): Buffer } {
  const stream = new PassThrough();
  const chunks: (Buffer | string)[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, chunks, bytes: () => Buffer.concat(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk))) };
}

async function csvOf(decisions: readonly Decision[], explain: (decision: Decision) => string): Promise<string> {
  const out = collected();
  const writer = new BufferedWriter(out.stream);
  const sink = csvPlanSink(writer, explain);
  for (const decision of decisions) await sink.decision(decision, `${decision.userId}@example.com`);
  await writer.flush();
  return out.bytes().toString('utf8');
}

describe('the csv output of many decisions', () => {
  // Users a rule decides alike but the library's outcome table reaches by different rows (signed
  // in, emailed or not; a previous licence or not): the rule's reasons are then different arrays.
  const users: UserSnapshot[] = [];
  for (let n = 0; n < 400; n += 1) {
    const variant = n % 4;
    users.push({
      id: `u${n}`,
      license: n % 8 < 4 ? 'free' : 'paid',
      previousLicense: variant === 1 ? 'paid' : null,
      hasSignedIn: variant !== 3,
      invitedAt: variant === 2 ? '2026-10-01T09:00:00Z' : null,
    });
  }
  const settings = [{ autoSendActivationEmails: false }, { autoSendActivationEmails: true }];
  const decisions = users.map((user, n) => decide(settings[(n >> 3) % 2]!, user));

  it('explains each variant of a rule once, however the variants alternate', async () => {
    const explain = explainer('en');
    let calls = 0;
    await csvOf(decisions, (decision) => {
      calls += 1;
      return explain(decision);
    });
    const variants = new Set(decisions.map((d) => [d.rule, d.kind, d.reasons.join(' '), d.kind === 'manual-required' ? d.trigger : ''].join('|')));
    // The same rule with different reasons arrays alternates in this input, row after row.
    const rules = new Set(decisions.map((d) => d.rule));
    expect(new Set(decisions.map((d) => d.reasons)).size).toBeGreaterThan(rules.size);
    expect(calls).toBeLessThanOrEqual(new Set(decisions.map((d) => d.reasons)).size);
    expect(calls).toBeGreaterThanOrEqual(variants.size);
  });

  it('writes each row as a sink that explains every decision afresh writes it', async () => {
    const explain = explainer('fr');
    const cached = await csvOf(decisions, explain);
    // A new sink per decision keeps nothing from one row to the next.
    let fresh = '';
    for (const [n, decision] of decisions.entries()) {
      const row = await csvOf([decision], explain);
      fresh += n === 0 ? row : row.slice(row.indexOf('\n') + 1);
    }
    expect(cached).toBe(fresh);
    expect(cached.split('\n')).toHaveLength(decisions.length + 2);
  });
});

describe('the writer', () => {
  // Letters of one to four bytes, a line break, and lone halves of a surrogate pair, which UTF-8
  // cannot hold: the stream's conversion writes each as U+FFFD.
  const pieces = ['user,', 'élève;', '日本語', '😀', '\n', '\ud800', 'x\udc00y', '\udbff'];
  const texts = [3, 4096, 70_000, 200_000].map((length) => {
    let text = '';
    for (let n = 0; text.length < length; n += 1) text += pieces[(n * 7) % pieces.length];
    return text;
  });

  for (const text of texts) {
    it(`writes the bytes Buffer.from gives, for ${text.length} UTF-16 units written at once`, async () => {
      const out = collected();
      const writer = new BufferedWriter(out.stream);
      await writer.write(text);
      await writer.flush();
      expect(out.bytes().equals(Buffer.from(text, 'utf8'))).toBe(true);
    });
  }

  it('writes a big batch as bytes it encoded, exactly as long as they are', async () => {
    const out = collected();
    const writer = new BufferedWriter(out.stream);
    const text = 'é'.repeat(70_000);
    await writer.write(text);
    await writer.flush();
    expect(out.chunks).toHaveLength(1);
    expect(out.chunks[0]).toBeInstanceOf(Buffer);
    expect((out.chunks[0] as Buffer).length).toBe(140_000);
  });

  it('writes rows pushed one by one as the same text, in order', async () => {
    const out = collected();
    const writer = new BufferedWriter(out.stream);
    let expected = '';
    for (let n = 0; n < 5000; n += 1) {
      const row = `${pieces[n % pieces.length]}${n}\n`;
      expected += row;
      const wait = writer.push(row);
      if (wait !== undefined) await wait;
    }
    await writer.flush();
    expect(out.bytes().equals(Buffer.from(expected, 'utf8'))).toBe(true);
  });
  it('writes rows given as bytes between pushed text as the same text, in order', async () => {
    const out = collected();
    const writer = new BufferedWriter(out.stream);
    let expected = '';
    const middles = pieces.map((piece) => `,${piece},`);
    for (let n = 0; n < 20_000; n += 1) {
      const piece = pieces[n % pieces.length]!;
      let wait: Promise<void> | undefined;
      if (n % 13 === 0) {
        expected += `${piece}${n}\n`;
        wait = writer.push(`${piece}${n}\n`);
      } else {
        const middle = middles[(n * 3) % middles.length]!;
        const last = n % 1000 === 0 ? piece.repeat(30_000) : pieces[(n * 5) % pieces.length]!;
        expected += `u${n}${piece}${middle}${last}\n`;
        wait = writer.row(`u${n}${piece}`, Buffer.from(middle, 'utf8'), last);
      }
      if (wait !== undefined) await wait;
    }
    await writer.write('the end');
    expected += 'the end';
    await writer.flush();
    expect(out.bytes().equals(Buffer.from(expected, 'utf8'))).toBe(true);
  });
});
