/**
 * What {@link Section47Links} needs of a census Section 47 enquiry: its start, its initial
 * conference date (when valid) and whether it has one at all (valid or not).
 *
 * @example
 * ```ts
 * const enquiry: LinkableSection47 = { start: "2023-04-03", icpc: "2023-04-20", hasIcpc: true };
 * ```
 */
export interface LinkableSection47 {
  readonly start?: string;
  readonly icpc?: string;
  readonly hasIcpc: boolean;
}

/**
 * Links a child's child protection plans to their Section 47 enquiries, each enquiry to one plan
 * at most, plan by plan in document order: the first unlinked enquiry whose initial conference is
 * on the plan start; failing that, the unlinked enquiry with no conference of its own that began
 * latest on or before the plan start (the first of those in document order on a tie). Each plan
 * costs O(log n), so even a child with tens of thousands of plans and as many enquiries is linked
 * at once, where a scan of every enquiry per plan took seconds (see docs/performance.md).
 *
 * @example
 * ```ts
 * const links = new Section47Links(enquiries);
 * const enquiry = links.take("2023-04-20"); // linked from now on
 * links.isLinked(enquiry!); // true
 * ```
 */
export class Section47Links<Enquiry extends LinkableSection47> {
  /** Unlinked enquiries by conference date, in document order. */
  readonly #byConference = new Map<string, Enquiry[]>();
  /** Enquiries with no conference and a valid start, by start, then last in document order first. */
  readonly #withoutConference: Enquiry[];
  /** For each of #withoutConference: itself when unlinked, else a lower index to look at (-1: none). */
  readonly #unlinkedAtOrBefore: number[];
  readonly #linked = new Set<Enquiry>();

  constructor(enquiries: readonly Enquiry[]) {
    const withoutConference: { enquiry: Enquiry; order: number }[] = [];
    enquiries.forEach((enquiry, order) => {
      if (enquiry.icpc !== undefined) {
        const queue = this.#byConference.get(enquiry.icpc);
        if (queue === undefined) this.#byConference.set(enquiry.icpc, [enquiry]);
        else queue.push(enquiry);
      } else if (!enquiry.hasIcpc && enquiry.start !== undefined) withoutConference.push({ enquiry, order });
    });
    withoutConference.sort((a, b) => (a.enquiry.start! < b.enquiry.start! ? -1 : a.enquiry.start! > b.enquiry.start! ? 1 : b.order - a.order));
    this.#withoutConference = withoutConference.map((entry) => entry.enquiry);
    this.#unlinkedAtOrBefore = withoutConference.map((_, index) => index);
  }

  /** The enquiry to link to a plan that started on `planStart` (then linked), or undefined. */
  take(planStart: string): Enquiry | undefined {
    const queue = this.#byConference.get(planStart);
    const conferenceMatch = queue?.shift();
    if (conferenceMatch !== undefined) return this.#link(conferenceMatch);
    let low = 0;
    let high = this.#withoutConference.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#withoutConference[middle]!.start! <= planStart) low = middle + 1;
      else high = middle;
    }
    const index = this.#findUnlinked(low - 1);
    if (index < 0) return undefined;
    this.#unlinkedAtOrBefore[index] = index - 1;
    return this.#link(this.#withoutConference[index]!);
  }

  /** Whether an enquiry has been linked to a plan. */
  isLinked(enquiry: Enquiry): boolean {
    return this.#linked.has(enquiry);
  }

  #link(enquiry: Enquiry): Enquiry {
    this.#linked.add(enquiry);
    return enquiry;
  }

  /** The highest index at or below `index` of an unlinked enquiry without a conference (-1: none); shortens the paths it follows. */
  #findUnlinked(index: number): number {
    let root = index;
    while (root >= 0 && this.#unlinkedAtOrBefore[root] !== root) root = this.#unlinkedAtOrBefore[root]!;
    for (let at = index; at >= 0 && at !== root; ) {
      const next = this.#unlinkedAtOrBefore[at]!;
      this.#unlinkedAtOrBefore[at] = root;
      at = next;
    }
    return root;
  }
}
