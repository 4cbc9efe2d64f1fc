/** Small census returns written in a test, one child at a time, in the Department's XML layout. */

export interface PlanXml {
  start: string;
  end?: string;
  reviews?: string[];
}

export interface EpisodeXml {
  referral: string;
  nfa?: boolean;
  assessment?: { start: string; authorised?: string };
  section47?: { start: string; conference?: string };
  plans?: PlanXml[];
  closure?: string;
}

export interface ChildXml {
  id: string;
  birth?: string;
  death?: string;
  episodes: EpisodeXml[];
}

function episodeXml(e: EpisodeXml): string {
  const assessment = e.assessment
    ? `<Assessments><AssessmentActualStartDate>${e.assessment.start}</AssessmentActualStartDate>${e.assessment.authorised ? `<AssessmentAuthorisationDate>${e.assessment.authorised}</AssessmentAuthorisationDate>` : ''}</Assessments>`
    : '';
  const s47 = e.section47
    ? `<Section47><S47ActualStartDate>${e.section47.start}</S47ActualStartDate>${e.section47.conference ? `<DateOfInitialCPC>${e.section47.conference}</DateOfInitialCPC>` : ''}<ICPCnotRequired>false</ICPCnotRequired></Section47>`
    : '';
  const plans = (e.plans ?? [])
    .map(
      (p) =>
        `<ChildProtectionPlans><CPPstartDate>${p.start}</CPPstartDate>${p.end ? `<CPPendDate>${p.end}</CPPendDate>` : ''}<InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP>${
          p.reviews && p.reviews.length ? `<Reviews>${p.reviews.map((r) => `<CPPreviewDate>${r}</CPPreviewDate>`).join('')}</Reviews>` : ''
        }</ChildProtectionPlans>`,
    )
    .join('');
  return `<CINdetails><CINreferralDate>${e.referral}</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>${assessment}${s47}<ReferralNFA>${e.nfa ?? false}</ReferralNFA>${plans}${e.closure ? `<CINclosureDate>${e.closure}</CINclosureDate><ReasonForClosure>RC8</ReasonForClosure>` : ''}</CINdetails>`;
}

/** A whole return of these children, with the given ReferenceDate. */
export function censusXml(children: ChildXml[], referenceDate = '2027-03-31'): string {
  const body = children
    .map(
      (c) =>
        `<Child><ChildIdentifiers><LAchildID>${c.id}</LAchildID>${c.birth ? `<PersonBirthDate>${c.birth}</PersonBirthDate>` : ''}${c.death ? `<PersonDeathDate>${c.death}</PersonDeathDate>` : ''}<Sex>1</Sex></ChildIdentifiers>${c.episodes.map(episodeXml).join('')}</Child>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2027</Year><ReferenceDate>${referenceDate}</ReferenceDate></CollectionDetails></Header><Children>${body}</Children></Message>`;
}
