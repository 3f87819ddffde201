import type { CheckAnswer, CheckResult } from "../../case/evaluation-types.js";
import type { Attendee, CoreGroupMeeting, PlanProfessional } from "../../model/timeline-schema.js";
import type { MeetingCheckRule } from "../../policy/rule-kinds/meeting-check.js";
import type { RuleContext, RuleOutput } from "../rule-context.js";
import type { RuleKindDefinition } from "../rule-kind-definition.js";

/**
 * Attendee roles that count as the child's family (D24).
 *
 * @example
 * ```ts
 * FAMILY_ROLES.includes("parent"); // true
 * ```
 */
export const FAMILY_ROLES: readonly string[] = ["parent", "carer", "parent-carer", "other-family", "child"];

interface Verdict {
  readonly answer: CheckAnswer;
  readonly evidence: string;
}

function attended(professional: PlanProfessional, attendees: readonly Attendee[]): boolean {
  return attendees.some((attendee) =>
    attendee.professionalId !== undefined
      ? attendee.professionalId === professional.id
      : attendee.role === professional.role &&
        (professional.agency === undefined || attendee.agency === undefined || attendee.agency === professional.agency),
  );
}

/**
 * A verdict maker that remembers the verdict it made last, by the text it rests on: a case's
 * meetings mostly repeat the previous meeting's chair or attendance, and their checks then share
 * one evidence text instead of holding one copy each (fewer heap objects in a kept result).
 */
function lastVerdictReused(make: (key: string) => Verdict): (key: string) => Verdict {
  let lastKey: string | undefined;
  let last: Verdict | undefined;
  return (key) => {
    if (key !== lastKey || last === undefined) {
      last = make(key);
      lastKey = key;
    }
    return last;
  };
}

const NO_CHAIR: Verdict = { answer: "not-recorded", evidence: "No chair recorded." };
const NO_ATTENDANCE: Verdict = { answer: "not-recorded", evidence: "No attendance recorded." };

function chairVerdicts(rule: MeetingCheckRule): (meeting: CoreGroupMeeting) => Verdict {
  const allowed = rule.chairRoles ?? [];
  const byRole = lastVerdictReused((role): Verdict =>
    allowed.includes(role)
      ? { answer: "yes", evidence: `Chaired by the ${role}.` }
      : { answer: "no", evidence: `Chaired by the ${role}, not by: ${allowed.join(", ")}.` },
  );
  return (meeting) => (meeting.chair === undefined ? NO_CHAIR : byRole(meeting.chair.role));
}

function familyAttendanceVerdicts(): (meeting: CoreGroupMeeting) => Verdict {
  const attendedBy = lastVerdictReused((family): Verdict => ({ answer: "yes", evidence: `Family attended: ${family}.` }));
  return (meeting) => {
    if (meeting.attendees === undefined) return NO_ATTENDANCE;
    const family = meeting.attendees.filter((a) => FAMILY_ROLES.includes(a.role)).map((a) => a.role);
    if (family.length > 0) return attendedBy(family.join(", "));
    if (meeting.absentFamilyToldMayContributeInWriting === true) {
      return { answer: "yes", evidence: "No family attended; they were told they may contribute in writing." };
    }
    if (meeting.absentFamilyToldMayContributeInWriting === false) {
      return { answer: "no", evidence: "No family attended and they were not told they may contribute in writing." };
    }
    return { answer: "not-recorded", evidence: "No family attended; whether they were told they may contribute in writing is not recorded." };
  };
}

function professionalsAttendanceVerdicts(expected: readonly PlanProfessional[] | undefined, what: string): (meeting: CoreGroupMeeting) => Verdict {
  if (expected === undefined || expected.length === 0) {
    const noneExpected: Verdict = { answer: "not-recorded", evidence: `No ${what} recorded for the case.` };
    return () => noneExpected;
  }
  const allAttended: Verdict = { answer: "yes", evidence: `All ${expected.length} ${what} attended.` };
  const absentOnes = lastVerdictReused((absent): Verdict => ({ answer: "no", evidence: `Absent: ${absent}.` }));
  return (meeting) => {
    if (meeting.attendees === undefined) return NO_ATTENDANCE;
    const absent = expected.filter((professional) => !attended(professional, meeting.attendees!));
    return absent.length === 0 ? allAttended : absentOnes(absent.map((p) => `${p.role} (${p.id})`).join(", "));
  };
}

/** The verdict of one meeting, with what is the same for every meeting of the case worked out once. */
function verdictMaker(rule: MeetingCheckRule, context: RuleContext): (meeting: CoreGroupMeeting) => Verdict {
  const professionals = context.timeline.professionals;
  switch (rule.check) {
    case "chair":
      return chairVerdicts(rule);
    case "family-attendance":
      return familyAttendanceVerdicts();
    case "direct-contact-attendance":
      return professionalsAttendanceVerdicts(
        professionals?.filter((p) => p.directRegularContact === true),
        "professionals in direct regular contact",
      );
    case "plan-professionals-attendance":
      return professionalsAttendanceVerdicts(professionals, "professionals named in the plan");
  }
}

/**
 * Evaluates a `meeting-check` rule on every held core group of every plan: chair (D23) and
 * role-based attendance (D24). Facts that are not recorded give `not-recorded` (D25).
 *
 * @example
 * ```ts
 * const { checks } = evaluateMeetingCheck(panSussexChairRule, context);
 * ```
 */
function evaluateMeetingCheck(rule: MeetingCheckRule, context: RuleContext): RuleOutput {
  const verdictFor = verdictMaker(rule, context);
  const checks: CheckResult[] = [];
  for (const episode of context.episodes) {
    for (const meeting of episode.heldCoreGroups) {
      const { answer, evidence } = verdictFor(meeting.event);
      checks.push({
        ruleId: rule.id,
        title: rule.title,
        episode: episode.number,
        meeting: meeting.ref,
        answer,
        severity: rule.severity,
        evidence,
        reading: rule.reading,
        citation: rule.citation,
      });
    }
  }
  return { obligations: [], checks, dataQuality: [] };
}

/**
 * The evaluation half of `meeting-check`. A checklist item about a meeting is answered by the
 * meeting's check; the census records no meetings, chairs or attendance.
 *
 * @example
 * ```ts
 * meetingCheck.checklistSource(panSussexChairRule); // "check"
 * ```
 */
export const meetingCheck: RuleKindDefinition<"meeting-check"> = {
  gives: "checks",
  evaluate: evaluateMeetingCheck,
  checklistSource: () => "check",
  cinCensusSupport: () => false,
};
