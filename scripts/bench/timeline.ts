/**
 * `statutoryTimeline` on the largest history it accepts (`maxTimelineEvents`,
 * 2,000 events), in the shapes a long case takes: many episodes of child
 * protection, one plan running for decades, a private fostering
 * arrangement visited for decades. Each run gets a distinct history (every
 * date moved by a different number of weeks), so nothing is answered from
 * a memo; the latencies are of the built package's call, each result
 * dropped once made (as a service answering one case at a time would).
 * Beside the elapsed time, the process's processor time for each call
 * (`process.cpuUsage`, the collector's threads included): on a shared
 * machine the elapsed time's tail is mostly time spent waiting for a core.
 * Target: p90 under 20 ms.
 */
import { performance } from 'node:perf_hooks';
import { statutoryTimeline } from '../../dist/index.js';
import { addCalendarDays } from '../../src/calendar/add-calendar-days.js';
import { maxTimelineEvents } from '../../src/rules/timeline/input-schema.js';

interface Event {
  type: string;
  date: string;
  [field: string]: unknown;
}
type History = { asOf: string; events: Event[] };

/** A history of `n` events, every date `shift` days later than the first run's. */
type Shape = { name: string; history: (n: number, shift: number) => History };

const shapes: Shape[] = [
  {
    name: 'child protection in many episodes (referral, assessment, section 47, plan, core groups, reviews)',
    history(n, shift) {
      const events: Event[] = [];
      for (let k = 0; events.length < n; k++) {
        const episode = `episode-${k}`;
        const start = addCalendarDays('2013-01-07', shift + ((k * 53) % 4_000));
        const add = (type: string, day: number, extra: Record<string, unknown> = {}) => {
          if (events.length < n) events.push({ type, date: addCalendarDays(start, day), episode, ...extra });
        };
        add('referral-received', 0);
        add('referral-decision-made', 1, { nextStep: 'strategy-discussion' });
        add('strategy-discussion-s47-initiated', 2);
        add('initial-conference-held', 15, { planMade: true });
        // The longest reason the input accepts.
        add('assessment-completed', 70, { reasonForDelay: 'The family moved twice during the assessment. '.repeat(40).slice(0, 2_000) });
        for (let c = 0; c < 4; c++) add('core-group-meeting-held', 20 + c * 30);
        add('review-conference-held', 100);
        add('review-conference-held', 280);
        add('plan-ended', 300);
      }
      return { asOf: addCalendarDays('2026-06-01', shift), events };
    },
  },
  {
    name: 'one child protection plan with weekly core groups and a review every 20 weeks, for 38 years',
    history(n, shift) {
      const at = (day: number) => addCalendarDays('2013-01-07', shift + day);
      const events: Event[] = [
        { type: 'referral-received', date: at(0) },
        { type: 'strategy-discussion-s47-initiated', date: at(1) },
        { type: 'initial-conference-held', date: at(10), planMade: true },
      ];
      let day = 12;
      for (let i = 0; events.length < n; i++, day += 7) events.push({ type: i % 20 === 19 ? 'review-conference-held' : 'core-group-meeting-held', date: at(day) });
      return { asOf: at(day + 10), events };
    },
  },
  {
    name: 'one private fostering arrangement visited every six days for 33 years',
    history(n, shift) {
      const at = (day: number) => addCalendarDays('2013-01-07', shift + day);
      const events: Event[] = [{ type: 'private-fostering-notified', date: at(0) }];
      for (let i = 1; i < n; i++) events.push({ type: 'private-fostering-visit', date: at(i * 6) });
      return { asOf: at(n * 6 + 30), events };
    },
  },
];

const RUNS = 40;
const WARM_UP = 5;

export function benchTimeline(): void {
  const n = maxTimelineEvents;
  console.log(`## statutoryTimeline: the largest history accepted (${n.toLocaleString('en-GB')} events), ${RUNS} distinct histories of each shape, one core`);
  let worstP90 = 0;
  for (const shape of shapes) {
    const histories = Array.from({ length: RUNS + WARM_UP }, (_, run) => shape.history(n, run * 7));
    const times: number[] = [];
    const cpu: number[] = [];
    let rows = 0;
    histories.forEach((history, run) => {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const timeline = statutoryTimeline(history as never);
      const took = performance.now() - started;
      const used = process.cpuUsage(cpuBefore);
      if (run < WARM_UP) return;
      times.push(took);
      cpu.push((used.user + used.system) / 1000);
      rows = timeline.episodes.reduce((sum, e) => sum + e.deadlines.length, 0);
    });
    const at = (list: number[], p: number) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.ceil(list.length * p) - 1)]!;
    worstP90 = Math.max(worstP90, at(times, 0.9));
    console.log(`  ${shape.name}`);
    console.log(
      `    ${rows.toLocaleString('en-GB')} deadlines judged; p50 ${at(times, 0.5).toFixed(1)} ms, p90 ${at(times, 0.9).toFixed(1)} ms, max ${at(times, 1).toFixed(1)} ms` +
        ` (processor time p50 ${at(cpu, 0.5).toFixed(1)} ms, p90 ${at(cpu, 0.9).toFixed(1)} ms)`,
    );
  }
  console.log(`  target: p90 under 20 ms for every shape — ${worstP90 < 20 ? 'met' : 'NOT met'} (worst p90 ${worstP90.toFixed(1)} ms)`);
}
