import { useMachine } from '@xstate/react';
import { useEffect, useState } from 'react';
import {
  acceptedEvents,
  type CalendarDate,
  type EventRefused,
  type WithdrawalEvent,
  type WithdrawalEventType,
  type WithdrawalStateValue,
  withdrawalMachine,
} from 'treaty-withdrawal';

/** The fields some events need besides their date, filled with plausible values for the demo. */
function eventOf(type: WithdrawalEventType, date: CalendarDate): WithdrawalEvent {
  switch (type) {
    case 'suspension.notified':
      return { type, date, ground: 'fundamental-change' };
    case 'objection.raised':
    case 'objection.withdrawn':
    case 'suspension.rejected':
      return { type, date, by: 'Another State Party' };
    case 'dispute.settled':
      return { type, date, outcome: 'suspension-upheld' };
    default:
      return { type, date } as WithdrawalEvent;
  }
}

export function App() {
  const [snapshot, send, actorRef] = useMachine(withdrawalMachine, { input: { treaty: 'ottawa', party: 'Finland' } });
  const [date, setDate] = useState('2025-07-10');
  const [refusal, setRefusal] = useState<EventRefused | null>(null);

  // What send() does not take, the machine emits as event.refused.
  useEffect(() => {
    const subscription = actorRef.on('event.refused', (refused) => setRefusal(refused));
    return () => subscription.unsubscribe();
  }, [actorRef]);

  const state = snapshot.value as WithdrawalStateValue;
  const { context } = snapshot;
  const allowed = snapshot.status === 'active' ? acceptedEvents(state) : [];

  function sendEvent(type: WithdrawalEventType) {
    setRefusal(null);
    // The date comes from a text field on purpose: a typo such as 27/06/2025 is refused, not dropped.
    // The type says YYYY-MM-DD; the text is not checked here, so that the machine's refusal shows.
    send(eventOf(type, date.trim() as CalendarDate));
  }

  return (
    <main>
      <h1>Finland leaves the {context.treaty.shortName}</h1>

      <section aria-labelledby="stage-title">
        <h2 id="stage-title">Stage</h2>
        <p>
          <strong data-testid="stage">{state}</strong>
          {snapshot.status === 'done' ? ' (final)' : ''}
        </p>
        <dl>
          <dt>Instrument received</dt>
          <dd data-testid="receivedOn">{context.receivedOn ?? '—'}</dd>
          <dt>Notice period ends</dt>
          <dd data-testid="noticeExpiresOn">{context.noticeExpiresOn ?? '—'}</dd>
          <dt>Withdrawal takes effect</dt>
          <dd data-testid="effectiveOn">{context.effectiveOn ?? '—'}</dd>
        </dl>
      </section>

      <section aria-labelledby="events-title">
        <h2 id="events-title">What can happen now</h2>
        <label htmlFor="date">Date (YYYY-MM-DD) </label>
        <input id="date" type="text" value={date} onChange={(e) => setDate(e.target.value)} />
        <fieldset>
          <legend>Allowed events</legend>
          {allowed.map((type) => (
            <button key={type} type="button" data-event={type} onClick={() => sendEvent(type)}>
              {type}
            </button>
          ))}
        </fieldset>
        {refusal && (
          <p role="alert" data-testid="refusal" data-code={refusal.code}>
            {refusal.code}: {refusal.message}
          </p>
        )}
      </section>

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        <ol data-testid="timeline">
          {context.timeline.map((stage) => (
            <li key={`${stage.stage}-${stage.from}`} data-stage={stage.stage}>
              {stage.stage}: from {stage.from}
              {stage.to ? ` to ${stage.to}` : ''}
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
