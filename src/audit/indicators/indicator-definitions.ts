/**
 * The definition and the library defaults of each national indicator figure, as written into
 * the summary (D35). A default is used where DfE's algorithm is not published, and named here.
 *
 * @example
 * ```ts
 * INDICATOR_DEFINITIONS["reviews-on-time"].defaults.length > 0; // true
 * ```
 */
export const INDICATOR_DEFINITIONS = {
  "icpc-within-15-working-days": {
    definition:
      "Initial child protection conferences held in the year within 15 working days of the start of the section 47 enquiry (the strategy discussion that started it), over the conferences that could be timed (DfE table C4: bands 0-10 and 11-15 over all four bands). Every conference counts, once per enquiry; recorded exceptions do not excuse a late one.",
    defaults: [
      "Default: working days are counted from the day after the s47 start to the conference day (a same-day conference is 0), on the profile's calendar (D2-D5); DfE does not publish its count.",
      "Default: the s47 start of a conference is the latest strategy discussion that started an enquiry on or before it, after any earlier conference; a conference with none is left out of the bands (as DfE leaves out a conference dated before its s47 start) and listed as untimed.",
      "Default: a transfer-in conference counts as a conference held but is left out of the bands: DfE times it from the referral date, which timelines do not record.",
      "Default: quartiles are nearest-rank percentiles of whole working days.",
    ],
  },
  "reviews-on-time": {
    definition:
      "Children on a plan at 31 March that had lasted 3 months or more, whose reviews were all held within the required timescales: the first within 3 months of the plan's start, then at intervals of not more than 6 months (DfE table D6). Recorded exceptions do not excuse a late review.",
    defaults: [
      "Default: 3 months means calendar months (start on or before 31 March minus 3 months), month-end clamping (D7); a review on its due date is on time.",
      "Default: only the current plan's reviews count; the plan starts at the conference that made it (initial or transfer-in).",
      "Default: a child whose next review was due before 31 March and not yet held is not on time.",
    ],
  },
  "repeat-plans": {
    definition:
      "Child protection plans starting in the year that were a second or subsequent plan for the child (DfE table D3): each plan counts, so a child with two plans starting in the year counts twice.",
    defaults: [
      "Default: a plan is second or subsequent when the case's timeline holds an earlier plan, however long ago; plans not in the data (such as another council's) are not seen.",
    ],
  },
  "repeat-plans-within-2-years": {
    definition:
      "Local variant: child protection plans starting in the year within 2 years (24 calendar months) of the end of the child's previous plan, over all plans starting in the year.",
    defaults: ["Default: no national definition exists; 2 years is counted in calendar months from the previous plan's end (D7)."],
  },
  "plans-lasting-2-years-or-more": {
    definition:
      "Child protection plans ending in the year that had lasted 2 years or more (DfE table D7), over all plans ending in the year; duration is the end date minus the start date. Also shown: the plans open at 31 March by how long they had lasted (table D5), with 15, 18 and 21 months as local escalation points.",
    defaults: [
      "Default: durations are in calendar months with month-end clamping (D7): 2 years or more when the end is on or after the start plus 24 months; 3 months or less when it is on or before the start plus 3 months.",
      "Default: a plan ending on 31 March ends in that year and is not open at 31 March.",
    ],
  },
} as const satisfies Record<string, { readonly definition: string; readonly defaults: readonly string[] }>;
