/** src/machine/input.ts: the machine input, its fast path and its placeholder. */
import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import {
  applyEvent,
  getProcedure,
  getTreaty,
  initialSnapshot,
  TreatyProfileSchema,
  type WithdrawalSnapshot,
  withdrawalMachine,
} from '../../src/index.js';
import { fieldsNeedNoParsing, resolveInput } from '../../src/machine/input.js';
import { deposited, errorOf } from '../helpers.js';

describe('the input fast path', () => {
  it('is taken by the common inputs', () => {
    expect(fieldsNeedNoParsing({ treaty: 'ottawa', procedure: 'ukraine', party: 'UKR' })).toBe(true);
    expect(fieldsNeedNoParsing({ treaty: 'paris-agreement', entryIntoForce: '2016-11-04', overflow: 'reject' })).toBe(true);
    expect(fieldsNeedNoParsing({ treaty: 'ottawa', party: ' UKR' })).toBe(false);
    expect(resolveInput({ treaty: 'ottawa', party: ' UKR ' }).party).toBe('UKR');
  });
});

describe('the machine input', () => {
  it('must be an object with a treaty', () => {
    for (const input of [5, null, []]) {
      const error = errorOf(() => initialSnapshot(input as never));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toMatch(/^input: expected an object such as \{ treaty: 'ottawa' \}, got /);
    }
    expect(errorOf(() => initialSnapshot({} as never)).toJSON()).toEqual({
      code: 'INVALID_INPUT',
      message: 'treaty: is required',
      path: 'treaty',
    });
    expect(errorOf(() => initialSnapshot({ treaty: 'ottawa', party: 5 } as never)).code).toBe('INVALID_INPUT');
    // A party of no characters, or only blanks (trimmed first), and one too long, each say so.
    for (const party of ['', '   '])
      expect(errorOf(() => initialSnapshot({ treaty: 'ottawa', party })).toJSON()).toEqual({
        code: 'INVALID_INPUT',
        message: 'party: must not be empty',
        path: 'party',
        issues: [{ code: 'too_short', message: 'must not be empty', path: 'party' }],
      });
    expect(errorOf(() => initialSnapshot({ treaty: 'ottawa', party: 'x'.repeat(201) })).message).toBe(
      'party: must be at most 200 characters long (got 201)',
    );
  });

  it('without it, the machine runs on a placeholder that refuses deposits and says why', () => {
    const [snapshot] = initialTransition(withdrawalMachine, undefined as never);
    expect(snapshot.context.treaty).toMatchObject({
      id: 'unconfigured',
      name: 'No treaty: the machine was started without input',
      shortName: 'no treaty',
    });
    expect(snapshot.context.procedure.id).toBe('none');
    // The placeholder is a valid profile in its own right (a snapshot of it persists and reads back).
    expect(TreatyProfileSchema.safeParse(snapshot.context.treaty).success).toBe(true);
    expect([snapshot.context.party, snapshot.context.entryIntoForce, snapshot.context.overflow, snapshot.context.log]).toEqual([
      null,
      null,
      'constrain',
      [],
    ]);
    const result = applyEvent(snapshot as WithdrawalSnapshot, deposited('2025-01-10'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message).toBe(
        'the machine was started without input; pass { input: { treaty } } to createActor or initialTransition',
      );
    }
  });
});

describe('profile references', () => {
  it('in a machine input, refuse an id that names no treaty, suggesting a close one', () => {
    expect(errorOf(() => initialSnapshot({ treaty: 'otawa' } as never)).toJSON()).toEqual({
      code: 'UNKNOWN_TREATY',
      message: 'unknown treaty "otawa"; did you mean "ottawa"?',
      path: 'treaty',
    });
  });

  it('in a machine input, refuse what is neither an id nor a profile object, naming the field', () => {
    for (const treaty of [5, null, []]) {
      const error = errorOf(() => initialSnapshot({ treaty } as never));
      expect(error.code).toBe('INVALID_PROFILE');
      expect(error.path).toBe('treaty');
      expect(error.message).toMatch(
        /^treaty: expected a treaty id \(\w[\w-]*, \w[\w-]*, \w[\w-]*, …\) or a profile object, got /,
      );
    }
    for (const procedure of [5, null, []]) {
      const error = errorOf(() => initialSnapshot({ treaty: 'ottawa', procedure } as never));
      expect(error.code).toBe('INVALID_PROFILE');
      expect(error.message).toMatch(
        /^procedure: expected a procedure id \(none, executive, parliamentary, ukraine, poland\) or a profile object, got /,
      );
    }
    const badProfile = errorOf(() => initialSnapshot({ treaty: { id: 'x' } } as never));
    expect(badProfile.code).toBe('INVALID_PROFILE');
    expect(badProfile.path).toMatch(/^treaty\./);
    const badProcedure = errorOf(() => initialSnapshot({ treaty: 'ottawa', procedure: { id: 'x' } } as never));
    expect(badProcedure.code).toBe('INVALID_PROFILE');
    expect(badProcedure.path).toMatch(/^procedure\./);
  });

  it('refuse a profile that takes a shipped id with other rules, naming the kind, and take an equal one', () => {
    const treaty = getTreaty('ottawa');
    const procedure = getProcedure('ukraine');
    const ownTreaty = errorOf(() => initialSnapshot({ treaty: { ...treaty, name: `${treaty.name} (changed)` } }));
    expect(ownTreaty).toMatchObject({ code: 'INVALID_PROFILE', path: 'treaty.id' });
    expect(ownTreaty.message).toMatch(/^treaty: id 'ottawa' belongs to a shipped treaty profile, and this one has other rules; /);
    const ownProcedure = errorOf(() =>
      initialSnapshot({ treaty: 'ottawa', procedure: { ...procedure, name: `${procedure.name} (changed)` } }),
    );
    expect(ownProcedure).toMatchObject({ code: 'INVALID_PROFILE', path: 'procedure.id' });
    expect(ownProcedure.message).toBe(
      "procedure: id 'ukraine' belongs to a shipped procedure profile, and this one has other rules; give your profile an id of its own (e.g. 'ukraine-custom')",
    );
    // A copy equal to the shipped profile is the shipped profile.
    expect(initialSnapshot({ treaty: { ...treaty }, procedure: { ...procedure } }).context.procedure).toBe(procedure);
  });
});
