/**
 * The machine's structure, read once through XState's public API (the root
 * `StateNode`, its `states`, each node's `type`, `tags`, `meta`, `description`
 * and `on`, each transition's `guard`, `target`, `actions`, `description` and
 * `meta`): the one module that knows how XState holds a machine. Refusals,
 * `acceptedEvents`, the persisted envelope, the clock and the diagram read
 * these shapes instead of the raw config.
 *
 * It imports the machine's types only, so the machine itself can use it (its
 * `refuse` action does) without an import cycle.
 */
import type { AnyStateMachine, AnyStateNode, AnyTransitionDefinition } from 'xstate';
import type { WithdrawalEventType } from './events.js';
import type { StateMeta, TransitionMeta, WithdrawalStateValue } from './machine.js';

/** One candidate transition of a state for an event type, in the order XState tries them. */
export interface TransitionShape {
  /** The named guard, when the guard is a name (`undefined` when there is none). */
  readonly guard?: string;
  /** True when the transition has a guard that is not a plain name (an inline function, a combinator). */
  readonly unnamedGuard: boolean;
  /** The target state, when the transition targets exactly one state of the machine's top level. */
  readonly target?: WithdrawalStateValue;
  /** How many states the transition targets, and whether all of them are at the top level. */
  readonly targets: { readonly count: number; readonly siblings: boolean };
  /** The actions, as XState holds them (a name, or an action object or function). */
  readonly actions: readonly unknown[];
  /** Whether the transition re-enters its own state. */
  readonly reenter: boolean;
  readonly description?: string;
  readonly meta?: TransitionMeta;
}

/** The parts of a state that refusals, the clock, persistence and the diagram read. */
export interface StateShape {
  readonly name: WithdrawalStateValue;
  /** XState's node type: `atomic`, `final`, `compound`, `parallel` or `history`. */
  readonly type: string;
  readonly description?: string;
  readonly meta?: StateMeta;
  readonly tags: readonly string[];
  /** The state's own transitions by event type, in definition order. */
  readonly on: Readonly<Partial<Record<WithdrawalEventType | '*', readonly TransitionShape[]>>>;
  /** Features beyond a flat machine with event transitions: counts the executor checks. */
  readonly features: {
    readonly children: number;
    /** Eventless transitions (`always`); `declared` is true when the state has the key at all, even empty. */
    readonly always: number;
    readonly alwaysDeclared: boolean;
    readonly after: number;
    readonly entry: number;
    readonly exit: number;
    readonly invoke: number;
  };
}

/** The machine's states, by name. */
export type StateShapes = Readonly<Record<WithdrawalStateValue, StateShape>>;

/** The machine's structure: its initial state, its states, and the root's own transitions. */
export interface MachineStructure {
  readonly initial: WithdrawalStateValue | undefined;
  readonly states: StateShapes;
  /** The root's own transitions, by event type (the catch-all `'*'`). */
  readonly root: StateShape;
  /** The guard and action implementations registered with the machine (`setup` or `provide`), by name. */
  readonly implementations: {
    readonly guards: Readonly<Record<string, unknown>>;
    readonly actions: Readonly<Record<string, unknown>>;
  };
  /** Whether the machine declares `schemas` (which `setup` adds when given them). */
  readonly schemas: boolean;
}

function transitionShape(node: AnyStateNode, transition: AnyTransitionDefinition): TransitionShape {
  const targets = transition.target ?? [];
  const siblings = targets.every((target) => target.parent === node.parent);
  const [only] = targets;
  const guard = transition.guard;
  return {
    ...(typeof guard === 'string' && { guard }),
    unnamedGuard: guard !== undefined && typeof guard !== 'string',
    ...(targets.length === 1 && siblings && only !== undefined && { target: only.key as WithdrawalStateValue }),
    targets: { count: targets.length, siblings },
    actions: transition.actions,
    reenter: transition.reenter,
    ...(transition.description !== undefined && { description: transition.description }),
    ...(transition.meta !== undefined && { meta: transition.meta as TransitionMeta }),
  };
}

function stateShape(node: AnyStateNode): StateShape {
  const on: Record<string, TransitionShape[]> = {};
  for (const [type, transitions] of Object.entries(node.on as Record<string, AnyTransitionDefinition[]>)) {
    on[type] = transitions.map((transition) => transitionShape(node, transition));
  }
  return {
    name: node.key as WithdrawalStateValue,
    type: node.type,
    ...(node.description !== undefined && { description: node.description }),
    ...(node.meta !== undefined && { meta: node.meta as StateMeta }),
    tags: node.tags,
    on,
    features: {
      children: Object.keys(node.states).length,
      always: node.always?.length ?? 0,
      alwaysDeclared: node.always !== undefined,
      after: node.after.length,
      entry: node.entry.length,
      exit: node.exit.length,
      invoke: node.invoke.length,
    },
  };
}

const read = new WeakMap<AnyStateMachine, MachineStructure>();

/**
 * The structure of a machine (the library's own, or a changed copy a test
 * builds), read once per machine and kept: a machine never changes.
 */
export function structureOf(machine: AnyStateMachine): MachineStructure {
  let structure = read.get(machine);
  if (structure === undefined) {
    const root = machine.root;
    const states = {} as Record<WithdrawalStateValue, StateShape>;
    for (const node of Object.values(root.states)) states[node.key as WithdrawalStateValue] = stateShape(node);
    const [initial] = root.initial?.target ?? [];
    structure = {
      initial: initial?.key as WithdrawalStateValue | undefined,
      states,
      root: stateShape(root),
      implementations: { guards: { ...machine.implementations.guards }, actions: { ...machine.implementations.actions } },
      schemas: machine.schemas !== undefined,
    };
    read.set(machine, structure);
  }
  return structure;
}
