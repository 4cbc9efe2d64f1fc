/**
 * The public input types catch the mistakes a developer makes, at compile
 * time (`npm run typecheck` checks this file: an `@ts-expect-error` with no
 * error under it is itself an error, and `expectTypeOf` fails to compile on
 * a wrong type), and the calls fail at run time too. The generated input
 * types are exactly their schemas' `z.input`, and up to date.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import * as zm from 'zod/mini';
import { IsoDateSchema } from '../../src/schemas/iso-date-schema.js';
import { childStatuses as childStatusesForTest } from '../../src/rules/need-to-know/facts.js';
import {
  assessNationalAlert,
  assessNeedToKnow,
  assessSeriousIncident,
  classifyNeed,
  isNeedIndicatorId,
  needIndicators,
  SafeguardingInputError,
  statutoryTimeline,
  validatePlacementNotification,
  type AlertSubject,
  type ChildStatus,
  type ClassifyNeedInput,
  type ClassifyNeedOptions,
  type NationalAlertInput,
  type NeedIndicator,
  type NeedIndicatorId,
  type NeedToKnowInput,
  type PlacementNotificationInput,
  type ReporterRole,
  type SeriousIncidentInput,
  type StatutoryTimelineInput,
  type TimelineEvent,
  type TimelineEventType,
} from '../../src/index.js';
import {
  ClassifyNeedInputSchema,
  ClassifyNeedOptionsSchema,
  LcsprCriteriaInputSchema,
  NationalAlertInputSchema,
  NeedToKnowInputSchema,
  PlacementNotificationInputSchema,
  SeriousIncidentInputSchema,
  StatutoryTimelineInputSchema,
  TimelineEventSchema,
  type LcsprCriteriaInput,
} from '../../src/schemas/index.js';
import { inputTypeDeclaration, inputTypeProblems } from '../../scripts/generate-input-types.js';

/** The paths of every field typed `unknown` (or `any`) in an input type, however deep; `never` when there is none. */
type LooseFields<T, Path extends string = ''> = T extends readonly (infer E)[]
  ? LooseFields<E, `${Path}[]`>
  : T extends object
    ? { [K in keyof T & string]-?: unknown extends T[K] ? `${Path}.${K}` : LooseFields<Exclude<T[K], undefined>, `${Path}.${K}`> }[keyof T & string]
    : never;

/** The same, minus the index signature a loose document type declares on purpose. */
type DeclaredFields<T> = { [K in keyof T as string extends K ? never : K]: T[K] };

const refused = (call: () => unknown) => expect(call).toThrow(SafeguardingInputError);

describe('the input types are their schemas, field for field', () => {
  it('each generated type is exactly z.input of its schema', () => {
    expectTypeOf<ClassifyNeedInput>().toEqualTypeOf<z.input<typeof ClassifyNeedInputSchema>>();
    expectTypeOf<ClassifyNeedOptions>().toEqualTypeOf<z.input<typeof ClassifyNeedOptionsSchema>>();
    expectTypeOf<NeedToKnowInput>().toEqualTypeOf<z.input<typeof NeedToKnowInputSchema>>();
    expectTypeOf<NationalAlertInput>().toEqualTypeOf<z.input<typeof NationalAlertInputSchema>>();
    expectTypeOf<SeriousIncidentInput>().toEqualTypeOf<z.input<typeof SeriousIncidentInputSchema>>();
    expectTypeOf<LcsprCriteriaInput>().toEqualTypeOf<z.input<typeof LcsprCriteriaInputSchema>>();
    expectTypeOf<StatutoryTimelineInput>().toEqualTypeOf<z.input<typeof StatutoryTimelineInputSchema>>();
    expectTypeOf<TimelineEvent>().toEqualTypeOf<z.input<typeof TimelineEventSchema>>();
    expectTypeOf<PlacementNotificationInput>().toEqualTypeOf<z.input<typeof PlacementNotificationInputSchema>>();
  });

  it('the generated files are up to date (npm run schemas writes them)', () => {
    expect(inputTypeProblems()).toEqual([]);
  });
});

describe('every answer has a real type', () => {
  it('no input field is typed unknown', () => {
    expectTypeOf<LooseFields<ClassifyNeedInput>>().toEqualTypeOf<never>();
    expectTypeOf<LooseFields<NeedToKnowInput>>().toEqualTypeOf<never>();
    expectTypeOf<LooseFields<NationalAlertInput>>().toEqualTypeOf<never>();
    expectTypeOf<LooseFields<SeriousIncidentInput>>().toEqualTypeOf<never>();
    expectTypeOf<LooseFields<StatutoryTimelineInput>>().toEqualTypeOf<never>();
    expectTypeOf<LooseFields<DeclaredFields<PlacementNotificationInput>>>().toEqualTypeOf<never>();
    // The check itself can fail: a field typed unknown is named.
    expectTypeOf<LooseFields<{ a?: boolean; b: { c: unknown } }>>().toEqualTypeOf<'.b.c'>();
  });

  it('yes/no answers are booleans: "yes" is a compile error and an input error', () => {
    expectTypeOf<NeedToKnowInput['childMissing']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<NationalAlertInput['childProtectionPlan']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<ClassifyNeedInput['significantHarmSuspected']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<SeriousIncidentInput['childDied']>().toEqualTypeOf<boolean | undefined>();
    // @ts-expect-error an answer is true or false, not 'yes'
    refused(() => assessNeedToKnow({ asOf: '2026-03-10', childMissing: 'yes' }));
    // @ts-expect-error an answer is true or false, not 'yes'
    refused(() => assessNationalAlert({ asOf: '2026-03-10', childProtectionPlan: 'yes' }));
    // @ts-expect-error an answer is true or false, not 'yes'
    refused(() => classifyNeed({ indicators: [], childInNeed: 'yes' }));
    // @ts-expect-error an answer is true or false, not 1
    refused(() => assessSeriousIncident({ childDied: 1 }));
  });
});

describe('ids and vocabularies are unions of literals', () => {
  it('indicator ids: NeedIndicatorId, from the catalogue, everywhere an id goes', () => {
    expectTypeOf<ClassifyNeedInput['indicators']>().toEqualTypeOf<NeedIndicatorId[]>();
    expectTypeOf<NeedIndicator['id']>().toEqualTypeOf<NeedIndicatorId>();
    expectTypeOf<NeedIndicatorId>().toExtend<string>();
    // Not string itself: a union an editor can complete.
    expectTypeOf<string>().not.toExtend<NeedIndicatorId>();
    expectTypeOf<'need-level.intensive.health.self-harm'>().toExtend<NeedIndicatorId>();
    expectTypeOf<'need-level.intensive.health.self-harn'>().not.toExtend<NeedIndicatorId>();
    // @ts-expect-error a misspelt indicator id
    refused(() => classifyNeed({ indicators: ['need-level.intensive.health.self-harn'] }));
    // @ts-expect-error an id that is not in the catalogue
    refused(() => classifyNeed({ indicators: ['need-level.nope'] }));
    // Ids read from storage are narrowed with the type guard; catalogue ids need nothing.
    const stored: string[] = ['need-level.intensive.health.self-harm', 'need-level.retired'];
    const ids = stored.filter(isNeedIndicatorId);
    expectTypeOf(ids).toEqualTypeOf<NeedIndicatorId[]>();
    expect(ids).toEqual(['need-level.intensive.health.self-harm']);
    expect(classifyNeed({ indicators: needIndicators.filter((i) => i.level === 'universal').map((i) => i.id) }).level).toBe('universal');
  });

  it('child statuses, event types, alert subjects and reporter roles', () => {
    expectTypeOf<NonNullable<NeedToKnowInput['childStatus']>>().toEqualTypeOf<ChildStatus[]>();
    expectTypeOf<ChildStatus>().toEqualTypeOf<'looked-after' | 'care-leaver' | 'child-in-need-plan' | 'child-protection-plan'>();
    expectTypeOf<TimelineEvent['type']>().toEqualTypeOf<TimelineEventType>();
    expectTypeOf<string>().not.toExtend<TimelineEventType>();
    expectTypeOf<NationalAlertInput['subject']>().toEqualTypeOf<AlertSubject | undefined>();
    expectTypeOf<ClassifyNeedInput['reporterRole']>().toEqualTypeOf<ReporterRole | undefined>();
    expectTypeOf<string>().not.toExtend<ReporterRole>();
    // @ts-expect-error a misspelt child status
    refused(() => assessNeedToKnow({ asOf: '2026-03-10', childStatus: ['looked-afer'] }));
    // @ts-expect-error a misspelt event type
    refused(() => statutoryTimeline({ asOf: '2026-12-18', events: [{ type: 'referal-received', date: '2026-12-01' }] }));
    // @ts-expect-error not a subject of an alert
    refused(() => assessNationalAlert({ asOf: '2026-03-10', subject: 'adult' }));
    // @ts-expect-error not a notification kind
    refused(() => validatePlacementNotification({ kind: 'respite' }));
  });

  it('read-only data fits every decision', () => {
    const need = { indicators: ['need-level.intensive.health.self-harm'], childInNeed: false } as const;
    expect(classifyNeed(need).level).toBe('additional');
    const missing = { asOf: '2026-03-10', childStatus: ['looked-after'], childMissing: true } as const;
    expect(assessNeedToKnow(missing).decision).toBe('need-to-know');
  });
});

describe('the schemas refuse what the functions refuse', () => {
  it('an unknown indicator id', () => {
    expect(ClassifyNeedInputSchema.safeParse({ indicators: ['need-level.nope'] }).success).toBe(false);
    expect(ClassifyNeedInputSchema.safeParse({ indicators: ['need-level.intensive.health.self-harm'] }).success).toBe(true);
  });

  it('dates of a national alert out of order', () => {
    const outOfOrder = { asOf: '2026-03-10', missingSince: '2026-03-01', alertIssuedOn: '2026-02-20' };
    expect(NationalAlertInputSchema.safeParse(outOfOrder).success).toBe(false);
    refused(() => assessNationalAlert(outOfOrder));
    expect(NationalAlertInputSchema.safeParse({ asOf: '2026-03-10', lastFollowUpOn: '2026-03-01' }).success).toBe(false);
  });
});

describe('the input type writer', () => {
  const d = <S extends z.ZodMiniType>(schema: S, words: string): S => {
    const copy = schema.clone();
    zm.globalRegistry.add(copy, { description: words });
    return copy;
  };

  it('writes each kind of field with its description, optional fields as `?: T | undefined`', () => {
    const schema = d(
      zm.strictObject({
        when: d(IsoDateSchema, 'The day it happened.'),
        kind: d(zm.optional(zm.enum(['a', 'b'])), 'Which kind.'),
        either: d(zm.union([zm.string(), zm.number()]), 'Text or a number.'),
        maybe: d(zm.nullable(zm.boolean()), 'Yes, no or null.'),
        nested: d(zm.optional(zm.strictObject({ inner: d(zm.array(zm.enum(childStatusesForTest)), 'The statuses.') })), 'A group of answers.'),
      }),
      'An example input.',
    );
    const text = inputTypeDeclaration('ExampleInput', schema);
    expect(text).toContain("import type { ChildStatus } from './rules/need-to-know/facts.js';");
    expect(text).toContain("import type { IsoDate } from './schemas/iso-date.js';");
    expect(text).toContain('/** An example input. */\nexport type ExampleInput = {');
    expect(text).toContain('  /** The day it happened. */\n  when: IsoDate;');
    expect(text).toContain("  /** Which kind. */\n  kind?: 'a' | 'b' | undefined;");
    expect(text).toContain('  either: string | number;');
    expect(text).toContain('  maybe: boolean | null;');
    expect(text).toContain('  nested?: {\n    /** The statuses. */\n    inner: ChildStatus[];\n  } | undefined;');
  });

  it('refuses a field without a description, naming it', () => {
    const schema = d(zm.strictObject({ said: d(zm.boolean(), 'Said.'), unsaid: zm.boolean() }), 'An example input.');
    expect(() => inputTypeDeclaration('ExampleInput', schema)).toThrow('ExampleInput.unsaid has no description');
  });
});
