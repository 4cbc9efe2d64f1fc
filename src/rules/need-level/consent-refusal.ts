/**
 * What follows a refusal of consent, by the route it is refused on: written
 * once and read by both the route's consent explanation and the
 * consent-refused action, so the two never say different things. A
 * refusal means different things on different routes: voluntary help
 * (Additional, Intensive, a child in need) cannot go ahead without it; a
 * child protection referral or a statutory duty does not depend on it; and
 * where forced marriage or FGM is suspected the family is not gone back to
 * at all (professionals may get "one chance").
 */
import type { ConsentSituation } from './routes.js';
import type { NeedLevel } from './need-indicator.js';

/** The sentences that follow "Consent was refused" on a route, by its consent situation and level. */
export function refusalText(situation: ConsentSituation, level: NeedLevel): string {
  switch (situation) {
    case 'open-access':
    case 'family-agreement':
      return level === 'intensive'
        ? 'Consent was refused: the Family Partnership Service works only with the parents’ consent, so the Intensive help cannot go ahead. Seek to understand why and make sure the family understands what is on offer; consider how the child’s needs could be met another way, for example through services the family already uses. The MASH keeps a request at the Intensive threshold on its record with the parents’ consent, so keep your own record of the request and its outcome. If significant harm comes to be suspected, refer to the MASH at once: that does not need consent.'
        : 'Consent was refused: help at this level is voluntary and cannot go ahead without it. Seek to understand why and make sure the family understands what is on offer; consider how the child’s needs could be met another way, for example through services the family already uses. If the concern was sent to the MASH, a request below the Intensive threshold without consent is not kept on its record: keep your own record of the request and its outcome. If significant harm comes to be suspected, refer to the MASH at once: that does not need consent.';
    case 'child-in-need':
      return 'Consent was refused: child in need support is voluntary, and parents (or a Gillick-competent young person) may refuse some or all of it. Seek to understand why, and consider how the child’s needs could be met another way. The referral itself is still recorded by the MASH (it meets the Specialist threshold). If there is reasonable cause to suspect significant harm, the referral is a child protection referral, made at once, without consent.';
    case 'child-protection':
      return 'Consent was refused: the child protection referral does not depend on it and goes ahead now. Do not delay it to win the family round. Tell the family about the referral and why, unless the child is at immediate risk or telling them would increase the risk of harm; the MASH social worker can advise.';
    case 'honour-based-abuse':
      return 'Consent was refused: the referral does not depend on it and goes ahead now. Forced marriage or FGM is suspected: do not go back to the family about it (no explanation, no second request for agreement, no word that their information is being passed on); that can remove the one chance to protect the child. Refer to the MASH at once and let the MASH and the police decide what the family is told.';
    case 'private-fostering':
    case 'unaccompanied-child':
    case 'no-one-to-care':
      return 'Consent was refused: the local authority’s duties here are statutory and do not depend on it. Contact the MASH now and tell the family or carer that you are doing so.';
    case 'looked-after':
      return 'Consent was refused: the child is looked after, so the local authority already shares responsibility for them, and telling the allocated social worker does not wait for the parents’ agreement. Contact the allocated social worker now.';
    case 'undecided':
      return 'Consent was refused, and what follows depends on the questions still unanswered: a consultation with the MASH does not need consent, and neither does a child protection referral. Consult the MASH before going back to the family.';
    case 'adult':
      return 'The person is an adult: their own consent is governed by adult safeguarding, not by this guide.';
  }
}
