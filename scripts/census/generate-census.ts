/**
 * Writes a random children in need census return of any size, for the
 * benchmark and for trying the census reader on a realistic mix: referrals
 * with and without further action, assessments (some late, some open),
 * section 47 enquiries with conferences, plans with reviews, closures, a few
 * deaths and unborn children, second episodes. Deterministic for a seed.
 *
 *   npx tsx scripts/census/generate-census.ts 100000 /tmp/cin-census.xml [seed]
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';

/** A deterministic pseudo-random generator. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const at = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The XML of `count` children for the census year ending `referenceDate`, written chunk by chunk. */
export async function writeCensus(path: string, count: number, seed = 1, referenceDate = '2027-03-31'): Promise<void> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const random = lcg(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const end = at(referenceDate);
  const start = end - 364 * DAY;
  const day = (from: number, min: number, max: number) => from + Math.floor(min + random() * (max - min + 1)) * DAY;

  await write(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Message>\n<Header><CollectionDetails><Collection>CIN</Collection><Year>${referenceDate.slice(0, 4)}</Year><ReferenceDate>${referenceDate}</ReferenceDate></CollectionDetails><Source><SourceLevel>L</SourceLevel><LEA>821</LEA><SoftwareCode>Generated</SoftwareCode><Release>1</Release><SerialNo>1</SerialNo><DateTime>${referenceDate}T12:00:00</DateTime></Source></Header>\n<Children>\n`,
  );
  for (let i = 1; i <= count; i++) {
    const parts: string[] = [];
    const unborn = random() < 0.02;
    const birth = day(end, -18 * 365 + 30, -30);
    const died = !unborn && random() < 0.003;
    parts.push('<Child><ChildIdentifiers>');
    parts.push(`<LAchildID>GEN${String(i).padStart(7, '0')}</LAchildID>`);
    parts.push(unborn ? `<UPNunknown>UN1</UPNunknown><ExpectedPersonBirthDate>${iso(day(end, 10, 150))}</ExpectedPersonBirthDate>` : `<UPN>A${String(100000000000 + i)}</UPN><PersonBirthDate>${iso(birth)}</PersonBirthDate>`);
    parts.push(`<Sex>${pick(['1', '2'])}</Sex>`);
    const deathOn = died ? day(start, 30, 360) : undefined;
    if (deathOn !== undefined) parts.push(`<PersonDeathDate>${iso(deathOn)}</PersonDeathDate>`);
    parts.push('</ChildIdentifiers><ChildCharacteristics><Ethnicity>', pick(['WBRI', 'AIND', 'APKN', 'BAFR', 'MWBC', 'OOTH']), '</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>');
    const episodes = random() < 0.15 ? 2 : 1;
    let from = random() < 0.2 ? day(start, -700, -10) : day(start, 0, 340);
    for (let e = 0; e < episodes && from <= end; e++) {
      const referral = from;
      const nfa = random() < 0.3;
      parts.push(`<CINdetails><CINreferralDate>${iso(referral)}</CINreferralDate><ReferralSource>${pick(['1A', '1B', '2A', '3A', '5A', '9'])}</ReferralSource>`);
      if (!nfa) parts.push(`<PrimaryNeedCode>${pick(['N1', 'N2', 'N3', 'N4', 'N5', 'N8'])}</PrimaryNeedCode>`);
      let last = referral;
      let closure: number | undefined;
      if (nfa) closure = referral;
      else {
        const aStart = day(referral, 0, 5);
        if (aStart <= end) {
          const aEnd = day(aStart, 5, 70);
          parts.push(`<Assessments><AssessmentActualStartDate>${iso(aStart)}</AssessmentActualStartDate>`);
          if (aEnd <= end && random() < 0.9) parts.push(`<AssessmentAuthorisationDate>${iso(aEnd)}</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>${pick(['1C', '2B', '3B', '21'])}</AssessmentFactors></FactorsIdentifiedAtAssessment>`);
          parts.push('</Assessments>');
          last = Math.max(last, Math.min(aEnd, end));
        }
        if (random() < 0.2) {
          const s47 = day(referral, 0, 10);
          if (s47 <= end) {
            const icpc = day(s47, 8, 28);
            const held = icpc <= end && random() < 0.55;
            const notRequired = !held && random() < 0.6;
            parts.push(`<Section47><S47ActualStartDate>${iso(s47)}</S47ActualStartDate><InitialCPCtarget>${iso(s47 + 21 * DAY)}</InitialCPCtarget>`);
            if (held) parts.push(`<DateOfInitialCPC>${iso(icpc)}</DateOfInitialCPC>`);
            parts.push(`<ICPCnotRequired>${notRequired ? 'true' : 'false'}</ICPCnotRequired></Section47>`);
            if (held && random() < 0.85) {
              parts.push(`<ChildProtectionPlans><CPPstartDate>${iso(icpc)}</CPPstartDate>`);
              let review = day(icpc, 70, 100);
              const reviews: string[] = [];
              while (review <= end && reviews.length < 6) {
                reviews.push(review <= end ? iso(review) : '');
                review = day(review, 150, 190);
              }
              const ends = random() < 0.3 && reviews.length > 0;
              if (ends) parts.push(`<CPPendDate>${reviews[reviews.length - 1]}</CPPendDate>`);
              parts.push(`<InitialCategoryOfAbuse>${pick(['NEG', 'PHY', 'EMO', 'SAB', 'MUL'])}</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP>`);
              if (reviews.length) parts.push(`<Reviews>${reviews.map((r) => `<CPPreviewDate>${r}</CPPreviewDate>`).join('')}</Reviews>`);
              parts.push('</ChildProtectionPlans>');
              last = Math.max(last, Math.min(review, end));
            }
          }
        }
        if (random() < 0.45) closure = day(last, 1, 120);
      }
      parts.push(`<ReferralNFA>${nfa ? 'true' : 'false'}</ReferralNFA>`);
      if (closure !== undefined && closure <= end) parts.push(`<CINclosureDate>${iso(closure)}</CINclosureDate><ReasonForClosure>${nfa ? 'RC7' : pick(['RC7', 'RC8', 'RC9'])}</ReasonForClosure>`);
      parts.push('</CINdetails>');
      from = day(Math.max(closure ?? last, referral), 5, 200);
      if (closure === undefined) break;
    }
    parts.push('</Child>\n');
    await write(parts.join(''));
  }
  await write('</Children>\n</Message>\n');
  out.end();
  await once(out, 'finish');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [count, path, seed] = process.argv.slice(2);
  if (!count || !path) {
    console.error('usage: tsx scripts/census/generate-census.ts COUNT FILE [SEED]');
    process.exit(2);
  }
  await writeCensus(path, Number(count), seed ? Number(seed) : 1);
  console.log(`Wrote ${count} children to ${path}.`);
}
