/**
 * The names of states, by ISO 3166-1 alpha-3 code: no party table here, so a
 * module that only names states (the renderers, `statusOn`'s reasons) does not
 * carry the data of who is a party to what.
 */
import { ALPHA3_TO_ALPHA2 } from './alpha3.js';

let displayNames: Intl.DisplayNames | undefined;

/**
 * The two states whose name in `Intl.DisplayNames` ('Palestinian Territories',
 * 'Vatican City') is not the name under which they are parties to treaties.
 */
const DEPOSITARY_NAMES: Readonly<Record<string, string>> = { PSE: 'State of Palestine', VAT: 'Holy See' };

/**
 * The English name of a state, by ISO 3166-1 alpha-3 code (any case), from
 * `Intl.DisplayNames` (built into Node and browsers); `undefined` for a code that
 * is not one of the states the data knows (the UN members, the Cook Islands, the
 * Holy See, Niue and the State of Palestine). The name is the same whatever the
 * user's locale.
 *
 * @example
 * partyName('POL');
 * //=> 'Poland'
 * partyName('XYZ');
 * //=> undefined
 */
export function partyName(code: string): string | undefined {
  const known = named.get(code);
  if (known !== undefined) return known;
  const alpha2 = isStateCode(code) ? ALPHA3_TO_ALPHA2[code.toUpperCase()] : undefined;
  if (alpha2 === undefined) return undefined;
  const upper = code.toUpperCase();
  let name: string;
  if (Object.hasOwn(DEPOSITARY_NAMES, upper)) name = DEPOSITARY_NAMES[upper] as string;
  else {
    displayNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    name = displayNames.of(alpha2) as string;
  }
  named.set(code, name);
  return name;
}

/**
 * The names already looked up, by code as given (so at most a few spellings of
 * each of the codes the data knows): every message that names a party asks
 * again, and an ICU lookup costs far more than a map's: on the Ukraine scenario
 * (party `UKR`) this cache took `simulate` from 249 700 to 192 013 instructions
 * a run (callgrind, 500 runs, session 8).
 */
const named = new Map<string, string>();

/** The labels already made (see {@link partyLabel}), by code as given, as {@link named} keeps names. */
const labels = new Map<string, string>();

/**
 * True for the ISO 3166-1 alpha-3 code (any case) of a state the data knows.
 *
 * @example
 * isStateCode('usa');
 * //=> true
 * isStateCode('EUR');
 * //=> false
 */
export function isStateCode(code: string): boolean {
  return typeof code === 'string' && /^[A-Za-z]{3}$/.test(code) && Object.hasOwn(ALPHA3_TO_ALPHA2, code.toUpperCase());
}

let codesByName: Map<string, string> | undefined;

/** The alpha-3 code of a party given as a code (any case) or as its English name. */
export function codeOf(party: string): string | undefined {
  if (isStateCode(party)) return party.toUpperCase();
  if (codesByName === undefined) {
    codesByName = new Map();
    for (const code of Object.keys(ALPHA3_TO_ALPHA2)) codesByName.set((partyName(code) as string).toLowerCase(), code);
  }
  return codesByName.get(party.trim().toLowerCase());
}

/**
 * How a title names the party: a state's code with its English name
 * (`Lithuania (LTU)`), anything else as given; `undefined` without a party.
 */
export function partyLabel(party: string | null | undefined): string | undefined {
  if (typeof party !== 'string') return undefined;
  const known = labels.get(party);
  if (known !== undefined) return known;
  const name = partyName(party);
  if (name === undefined) return party;
  const label = `${name} (${party.toUpperCase()})`;
  labels.set(party, label);
  return label;
}
