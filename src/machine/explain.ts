import { describeValue } from '../errors/describe-value.js';
import { errorFromZod } from '../errors/from-zod.js';
import { message } from '../errors/messages.js';
import { toolMessages } from '../errors/tool-messages.js';
import { wordedError } from '../errors/worded-error.js';
import type { ExplanationStep } from '../explanation/types.js';
import { isPlainObject } from '../internal/is-plain-object.js';
import type { WithdrawalContext } from './context.js';
import { WithdrawalEventSchema } from './events.js';
import { explanationSteps, replay } from './executor.js';
import { readingInput } from './input.js';

/**
 * How every date of a withdrawal was derived, step by step, each step naming
 * the rule, the article and its source URL (the same steps `simulate` returns
 * as `explanation`). Give it a snapshot (`actor.getSnapshot()`, the result of
 * `applyEvent`, `fromPersisted`) or its context.
 *
 * The machine does not build the explanation as it runs: it logs the events
 * it applies (`context.log`), and this function replays that log with the
 * same rules, so running the machine costs little more than XState itself.
 *
 * @throws {WithdrawalError} `INVALID_INPUT` for something that is not a
 * snapshot or context; `INVALID_SNAPSHOT` for a context the machine did not
 * make: an event of its log that is not a valid event (as `applyEvent` would
 * refuse it), a log the machine refuses, or profiles that are not profiles.
 * @example
 * const actor = createActor(withdrawalMachine, { input: { treaty: 'ottawa', party: 'FIN' } }).start();
 * actor.send({ type: 'instrument.deposited', date: '2025-07-10' });
 * explanationOf(actor.getSnapshot()).map((step) => `${step.fact} ${step.date}`);
 * //=> ['receipt 2025-07-10', 'period-end 2026-01-10']
 */
export function explanationOf(snapshot: { readonly context: WithdrawalContext } | WithdrawalContext): readonly ExplanationStep[] {
  // A throwing getter or a revoked Proxy is INVALID_INPUT, never a raw TypeError (issue #19, item 7).
  return readingInput('snapshot', () => explainReadable(snapshot));
}

function explainReadable(snapshot: { readonly context: WithdrawalContext } | WithdrawalContext): readonly ExplanationStep[] {
  const context = isPlainObject(snapshot) && 'log' in snapshot ? snapshot : (snapshot as { context?: unknown } | null)?.context;
  if (!isPlainObject(context) || !Array.isArray((context as { log?: unknown }).log)) {
    throw wordedError('INVALID_INPUT', message('explain.notSnapshot', { got: describeValue(snapshot) }), {}, toolMessages);
  }
  const { log } = context as { log: unknown[] };
  for (let i = 0; i < log.length; i++) {
    const segment = log[i];
    if (!Array.isArray(segment)) {
      const said = message('explain.notSegment', { index: i, got: describeValue(segment) });
      throw wordedError('INVALID_SNAPSHOT', said, { path: `context.log[${i}]` }, toolMessages);
    }
    for (let j = 0; j < segment.length; j++) {
      const parsed = WithdrawalEventSchema.safeParse(segment[j]);
      if (!parsed.success) {
        throw errorFromZod('INVALID_SNAPSHOT', parsed.error, { prefix: `context.log[${i}][${j}]`, input: segment[j] });
      }
    }
  }
  let run: ReturnType<typeof replay>;
  try {
    run = replay(context as unknown as WithdrawalContext, { explain: true });
  } catch (error) {
    // The machine made it through these events once: a replay that fails is
    // a context assembled or altered by hand (a profile that is not one, say).
    const why = error instanceof Error ? error.message : describeValue(error);
    throw wordedError('INVALID_SNAPSHOT', message('explain.notMachineContext', { why }), { path: 'context' }, toolMessages);
  }
  if (run === undefined) {
    throw wordedError('INVALID_SNAPSHOT', message('explain.logRefused'), { path: 'context.log' }, toolMessages);
  }
  return explanationSteps(run.explanation);
}
