/**
 * What Luton does after a placement notification arrives, as actions with
 * the roles the procedure names: the safeguarding and quality assurance
 * service completes the register of looked after children and refers the
 * information to the Referral and Assessment team and the virtual school;
 * the Referral and Assessment team enters the child on the children's
 * electronic system. An incomplete notification adds the reply to the
 * placing authority. Descriptions never repeat what the notification says
 * (it is a child's personal data).
 */
import { copyCitation } from '../../schemas/citation.js';
import type { PlacementNotificationKind } from '../../schemas/placement-notification.js';
import type { Action } from '../engine/decision-result.js';
import { placementRoles, procedureCitation, procedureSteps } from './items.js';

export interface FollowOnContext {
  kind: PlacementNotificationKind;
  /** Whether every item the procedure asks for is present and usable. */
  complete: boolean;
  /** Whether the child can be identified (item 1 usable): the register and referrals need it. */
  childIdentified: boolean;
  /** For a placement, whether the notification says the child has a statement of SEN or an EHC plan. */
  hasStatementOrEhcPlan?: boolean;
  /** For a change of address: the new address does not show it is in Luton. */
  newAddressMayBeOutsideLuton: boolean;
}

const SQA = placementRoles.safeguardingAndQualityAssurance;
const RA = placementRoles.referralAndAssessment;

export function followOnSteps(context: FollowOnContext): Action[] {
  const actions: Action[] = [];
  if (!context.complete) {
    actions.push({
      id: 'placement-notification.action.reply-to-placing-authority',
      description:
        'Reply to the placing authority asking for the items that are missing or unclear (the summary lists them in the procedure\'s words), so that Luton\'s records are complete.' +
        (context.childIdentified ? ' Meanwhile, start the steps below with what the notification gives.' : " The child cannot be identified from the notification yet, so the register and referrals wait for the child's name and date of birth."),
      role: SQA,
      citation: copyCitation(procedureCitation),
    });
  }
  if (!context.childIdentified) return actions;

  const register = copyCitation(procedureSteps.registerAndReferral);
  if (context.kind === 'placement-start') {
    actions.push(
      {
        id: 'placement-notification.action.complete-register',
        description: 'Add the child to the register of looked after children placed in Luton by other authorities.',
        role: SQA,
        citation: register,
      },
      {
        id: 'placement-notification.action.refer-to-referral-and-assessment',
        description: 'Refer the information to the Luton Referral and Assessment team.',
        role: SQA,
        citation: copyCitation(register),
      },
      {
        id: 'placement-notification.action.refer-to-virtual-school',
        description: `Refer the information to the virtual school: a child looked after by another authority is now living in Luton.${context.hasStatementOrEhcPlan === true ? ' The notification says the child has a statement of special educational needs or an EHC plan; pass on the maintaining authority it names.' : ''}`,
        role: SQA,
        citation: copyCitation(register),
      },
      {
        id: 'placement-notification.action.enter-on-electronic-record',
        description: "Enter the child's details onto the children's electronic system.",
        role: RA,
        citation: copyCitation(procedureSteps.electronicRecord),
      },
    );
    return actions;
  }

  const moved = context.kind === 'change-of-address';
  // A new address that may be outside Luton may be the child leaving (the procedure's other kind of notice): that is settled first, and the address steps wait for it.
  const confirmFirst = moved && context.newAddressMayBeOutsideLuton;
  if (confirmFirst) {
    actions.push({
      id: 'placement-notification.action.confirm-move-out-of-luton',
      description:
        'First, as the new address does not show that it is in Luton: ask the placing authority whether the child has moved out of Luton. If so, record it as the child leaving the placement in Luton (register, referrals and electronic record), not as a change of address; the address steps below are for a child still living in Luton.',
      role: SQA,
      citation: copyCitation(procedureSteps.registerAndReferral),
    });
  }
  const whenStillInLuton = (step: string) => (confirmFirst ? `Once the placing authority confirms the child still lives in Luton: ${step.charAt(0).toLowerCase()}${step.slice(1)}` : step);
  actions.push(
    {
      id: 'placement-notification.action.update-register',
      description: moved
        ? whenStillInLuton("Update the child's address on the register of looked after children placed in Luton.")
        : 'Record on the register of looked after children placed in Luton that the child has left the placement, and the date.',
      role: SQA,
      citation: register,
    },
    {
      id: 'placement-notification.action.refer-to-referral-and-assessment',
      description: moved
        ? whenStillInLuton("Pass the child's new address to the Luton Referral and Assessment team.")
        : 'Tell the Luton Referral and Assessment team that the child has left the placement in Luton.',
      role: SQA,
      citation: copyCitation(register),
    },
    {
      id: 'placement-notification.action.refer-to-virtual-school',
      description: moved
        ? whenStillInLuton("Pass the child's new address to the virtual school (a move may mean a change of school).")
        : 'Tell the virtual school that the child has left the placement in Luton.',
      role: SQA,
      citation: copyCitation(register),
    },
    {
      id: 'placement-notification.action.update-electronic-record',
      description: moved ? whenStillInLuton("Record the new address on the children's electronic system.") : "Record on the children's electronic system that the child has left the placement in Luton.",
      role: RA,
      citation: copyCitation(procedureSteps.electronicRecord),
    },
  );
  return actions;
}

/** Who receives every placement notification, and how (the procedure's address is on Luton's web page). */
export interface PlacementNotificationRecipient {
  /** The service the procedure names. */
  service: string;
  /** How the procedure says it is sent. */
  by: 'secure email';
  citation: ReturnType<typeof copyCitation>;
}

export function recipient(): PlacementNotificationRecipient {
  return { service: SQA, by: 'secure email', citation: copyCitation(procedureSteps.recipient) };
}
