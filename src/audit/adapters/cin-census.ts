import { toDayNumber } from "../../dates/iso-date.js";
import type { InputRecord, NotRead, Rejection, RecordSource, TextChunks } from "../input-record.js";
import type { TEXT_MAX_LINE_LENGTH } from "./text-lines.js";
import { notReadText } from "./not-read-text.js";
import { Section47Links } from "./section47-links.js";
import { XmlTokenizer, type XmlToken } from "./xml-tokens.js";
import { rejection } from "../rejection.js";

/**
 * Options of {@link readCinCensus}.
 *
 * @example
 * ```ts
 * const options: CinCensusOptions = { file: "cin-2024.xml" };
 * ```
 */
export interface CinCensusOptions {
  /** A label for the input (e.g. its file name), copied into every record's source. */
  readonly file?: string;
}

/**
 * A short note for audit output on what a census-based audit cannot show.
 *
 * @example
 * ```ts
 * console.log(CIN_CENSUS_UNSUPPORTED_RULES_NOTE);
 * ```
 */
export const CIN_CENSUS_UNSUPPORTED_RULES_NOTE =
  "The Children in Need census holds s47, initial conference, plan start/end and review dates only. " +
  "From it this audit checks the national timings: initial conference within 15 working days of the s47 start " +
  "(standing in for the strategy discussion), first review within 3 months, later reviews within 6 months. " +
  "It cannot support core-group timing and frequency, pre-review core groups, records and minutes, " +
  "report sharing, chair or attendance checks: those rules were not audited. " +
  "Reviews held before the census year may be absent from the return, so review findings for plans that " +
  "started before the collection year need checking against the case record.";

interface XmlNode {
  readonly name: string;
  readonly line: number;
  readonly children: XmlNode[];
  text: string;
}

function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((candidate) => candidate.name === name);
}

function children(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((candidate) => candidate.name === name);
}

interface DateField {
  readonly date?: string;
  readonly rejection?: Rejection;
}

function readDate(node: XmlNode | undefined, path: string, childLabel: string, required: boolean, parentLine: number): DateField {
  if (node === undefined) {
    return required ? { rejection: rejection("missing", path.split("/"), `missing for child ${childLabel}`, { line: parentLine }) } : {};
  }
  const value = node.text.trim();
  try {
    toDayNumber(value);
    return { date: value };
  } catch (error) {
    const detail = (error as Error).message.replace(/^Invalid date /, "");
    return { rejection: rejection("invalid-date", path.split("/"), `invalid date ${detail} for child ${childLabel}`, { received: value, line: node.line }) };
  }
}

function readYesNo(node: XmlNode | undefined, path: string, childLabel: string): { value?: boolean; rejection?: Rejection } {
  if (node === undefined) return {};
  const value = node.text.trim();
  if (value === "true" || value === "TRUE" || value === "1") return { value: true };
  if (value === "false" || value === "FALSE" || value === "0") return { value: false };
  const message = `expected true or false, found ${JSON.stringify(value.slice(0, 20))} for child ${childLabel}`;
  return { rejection: rejection("invalid-value", path.split("/"), message, { expected: "true or false", received: value, line: node.line }) };
}

interface Section47 {
  readonly line: number;
  readonly start?: string;
  readonly startText: string;
  readonly icpc?: string;
  readonly hasIcpc: boolean;
  readonly notRequired?: boolean;
  readonly rejections: Rejection[];
}

interface Plan {
  readonly line: number;
  readonly start?: string;
  readonly startText: string;
  readonly end?: string;
  readonly reviews: string[];
  readonly rejections: Rejection[];
}

interface CensusRecord {
  readonly line: number;
  readonly caseId?: string;
  readonly timeline?: Record<string, unknown>;
  readonly rejections: readonly Rejection[];
}

function childRecords(node: XmlNode): CensusRecord[] {
  const identifiers = child(node, "ChildIdentifiers");
  const idText = identifiers === undefined ? "" : (child(identifiers, "LAchildID")?.text.trim() ?? "");
  const childRejections: Rejection[] = [];
  const label = idText.length > 0 ? JSON.stringify(idText.slice(0, 100)) : `on line ${node.line} (no LAchildID)`;
  if (idText.length === 0) {
    childRejections.push(rejection("missing", ["ChildIdentifiers", "LAchildID"], `missing LAchildID for the child ${label}`, { line: node.line }));
  }
  const birth = identifiers === undefined ? {} : readDate(child(identifiers, "PersonBirthDate"), "ChildIdentifiers/PersonBirthDate", label, false, node.line);
  if (birth.rejection !== undefined) childRejections.push(birth.rejection);
  const idPrefix = idText.length > 0 ? idText.slice(0, 100) : undefined;

  const records: CensusRecord[] = [];
  for (const details of children(node, "CINdetails")) {
    const s47s: Section47[] = children(details, "Section47").map((s47Node) => {
      const rejections: Rejection[] = [];
      const startNode = child(s47Node, "S47ActualStartDate");
      const start = readDate(startNode, "Section47/S47ActualStartDate", label, true, s47Node.line);
      if (start.rejection) rejections.push(start.rejection);
      const icpcNode = child(s47Node, "DateOfInitialCPC");
      const icpc = readDate(icpcNode, "Section47/DateOfInitialCPC", label, false, s47Node.line);
      if (icpc.rejection) rejections.push(icpc.rejection);
      const notRequired = readYesNo(child(s47Node, "ICPCnotRequired"), "Section47/ICPCnotRequired", label);
      if (notRequired.rejection) rejections.push(notRequired.rejection);
      return {
        line: s47Node.line,
        startText: startNode?.text.trim().slice(0, 40) ?? "",
        hasIcpc: icpcNode !== undefined,
        rejections,
        ...(start.date === undefined ? {} : { start: start.date }),
        ...(icpc.date === undefined ? {} : { icpc: icpc.date }),
        ...(notRequired.value === undefined ? {} : { notRequired: notRequired.value }),
      };
    });
    const plans: Plan[] = children(details, "ChildProtectionPlans").map((planNode) => {
      const rejections: Rejection[] = [];
      const startNode = child(planNode, "CPPstartDate");
      const start = readDate(startNode, "ChildProtectionPlans/CPPstartDate", label, true, planNode.line);
      if (start.rejection) rejections.push(start.rejection);
      const end = readDate(child(planNode, "CPPendDate"), "ChildProtectionPlans/CPPendDate", label, false, planNode.line);
      if (end.rejection) rejections.push(end.rejection);
      const reviews: string[] = [];
      for (const reviewsNode of children(planNode, "Reviews")) {
        for (const reviewNode of children(reviewsNode, "CPPreviewDate")) {
          const review = readDate(reviewNode, "ChildProtectionPlans/Reviews/CPPreviewDate", label, true, reviewsNode.line);
          if (review.rejection) rejections.push(review.rejection);
          else if (review.date !== undefined) reviews.push(review.date);
        }
      }
      return {
        line: planNode.line,
        startText: startNode?.text.trim().slice(0, 40) ?? "",
        reviews,
        rejections,
        ...(start.date === undefined ? {} : { start: start.date }),
        ...(end.date === undefined ? {} : { end: end.date }),
      };
    });

    const links = new Section47Links(s47s);
    for (const plan of plans) {
      const caseId = idPrefix === undefined ? undefined : `${idPrefix}#${plan.startText}`;
      const s47 = plan.start === undefined ? undefined : links.take(plan.start);
      const rejections = [...childRejections, ...plan.rejections, ...(s47?.rejections ?? [])];
      if (rejections.length > 0 || plan.start === undefined || caseId === undefined) {
        records.push({ line: plan.line, ...(caseId === undefined ? {} : { caseId }), rejections });
        continue;
      }
      const events: Record<string, unknown>[] = [];
      if (s47?.start !== undefined) events.push({ type: "strategy-discussion", date: s47.start });
      events.push({ type: "initial-conference", date: plan.start, outcome: "plan" });
      let endedByReview = false;
      for (const review of plan.reviews) {
        const ends = review === plan.end;
        if (ends) endedByReview = true;
        events.push({ type: "review-conference", date: review, outcome: ends ? "plan-ends" : "plan-continues" });
      }
      if (plan.end !== undefined && !endedByReview) events.push({ type: "plan-end", date: plan.end, reason: "other" });
      records.push({ line: plan.line, caseId, timeline: timelineOf(caseId, birth.date, events), rejections: [] });
    }

    for (const s47 of s47s) {
      if (links.isLinked(s47)) continue;
      const caseId = idPrefix === undefined ? undefined : `${idPrefix}#s47-${s47.startText}`;
      const rejections = [...childRejections, ...s47.rejections];
      if (rejections.length > 0 || s47.start === undefined || caseId === undefined) {
        records.push({ line: s47.line, ...(caseId === undefined ? {} : { caseId }), rejections });
        continue;
      }
      const discussion: Record<string, unknown> = { type: "strategy-discussion", date: s47.start };
      if (s47.notRequired === true) discussion["conferenceNotRequired"] = true;
      const events: Record<string, unknown>[] = [discussion];
      if (s47.icpc !== undefined) events.push({ type: "initial-conference", date: s47.icpc, outcome: "no-plan" });
      records.push({ line: s47.line, caseId, timeline: timelineOf(caseId, birth.date, events), rejections: [] });
    }
  }
  return records;
}

function timelineOf(id: string, dateOfBirth: string | undefined, events: Record<string, unknown>[]): Record<string, unknown> {
  return dateOfBirth === undefined ? { id, events } : { id, child: { dateOfBirth }, events };
}

/**
 * Reads a DfE Children in Need census XML return as it streams (memory holds one `<Child>`).
 * Each `ChildProtectionPlans` element becomes one timeline with id `${LAchildID}#${CPPstartDate}`:
 * a strategy discussion at the s47 start (`S47ActualStartDate` of the Section47 whose
 * `DateOfInitialCPC` equals the plan start, else the latest earlier Section47 with no conference
 * of its own), the initial conference at `CPPstartDate` (outcome `plan`; CIN rule 2885), a review
 * conference per `CPPreviewDate` (`plan-ends` when on `CPPendDate`), and a plan end at
 * `CPPendDate` (reason `other`) unless a review ended it; `PersonBirthDate` becomes the child's
 * date of birth. Each Section47 not linked to a plan becomes a timeline `${LAchildID}#s47-${S47ActualStartDate}`
 * with its strategy discussion (`conferenceNotRequired` from `ICPCnotRequired`) and, when held,
 * an initial conference with outcome `no-plan`. An invalid or missing date rejects the record,
 * naming the element and the child. Malformed XML in a `<Child>` (or a text in it longer than
 * {@link TEXT_MAX_LINE_LENGTH} characters) rejects that child as one rejection (code `unreadable-document`, or `too-long`) and
 * the next `<Child>` is read; the input ending inside markup is one rejection whose `notRead`
 * says how many bytes and lines were not read. The XML is read in one pass over its characters.
 * Audit these timelines only with the rules `cinCensusSupportsRule` accepts
 * (`rulesUnsupportedByCinCensus` lists the others; see {@link CIN_CENSUS_UNSUPPORTED_RULES_NOTE}).
 *
 * @example
 * ```ts
 * for await (const record of readCinCensus(chunks, { file: "cin-2024.xml" })) {
 *   if (record.kind === "case") console.log(record.source.caseId); // e.g. "LA0001234#2023-05-02"
 * }
 * ```
 */
export async function* readCinCensus(chunks: TextChunks, options: CinCensusOptions = {}): AsyncGenerator<InputRecord> {
  yield* readCinCensusWith(chunks, options, new XmlTokenizer());
}

/**
 * {@link readCinCensus} with a tokenizer of one's own: tests give one with a smaller limit on a
 * text's length than {@link TEXT_MAX_LINE_LENGTH}, or read its count of characters examined.
 *
 * @example
 * ```ts
 * const tokenizer = new XmlTokenizer(1000);
 * for await (const record of readCinCensusWith(chunks, {}, tokenizer)) void record;
 * tokenizer.examined; // about the input's length
 * ```
 */
export async function* readCinCensusWith(chunks: TextChunks, options: CinCensusOptions, tokenizer: XmlTokenizer): AsyncGenerator<InputRecord> {
  const file = options.file === undefined ? {} : { file: options.file };
  let recordNumber = 0;
  const sourceOf = (line: number, caseId: string | undefined): RecordSource => {
    recordNumber++;
    return { format: "cin-xml", ...file, recordNumber, line, ...(caseId === undefined ? {} : { caseId }) };
  };
  const documentProblem = (line: number, message: string, notRead?: NotRead): InputRecord => ({
    kind: "rejected",
    source: sourceOf(line, undefined),
    rejections: [rejection("unreadable-document", [], message, { line, notRead })],
  });
  const names: string[] = [];
  const nodes: XmlNode[] = []; // the open elements inside the current <Child>
  let childNode: XmlNode | undefined;
  let childDepth = 0; // names open around the current <Child>
  let childOverlong: XmlNode | undefined; // an element of the current <Child> whose text is too long to read
  let broken: BrokenChild | undefined; // a <Child> that could not be read: the tokens up to the next one are skipped
  let lastLine = 1;
  let endedInMarkup = false; // the input ended inside markup: that was reported, with what was not read
  let out: InputRecord[] = [];
  const takeRecords = (): InputRecord[] => {
    const records = out;
    out = [];
    return records;
  };
  const breakChild = (line: number, message: string): void => {
    broken = { child: childNode!, line, message };
    childOverlong = undefined;
    names.length = childDepth;
    nodes.length = 0;
    childNode = undefined;
  };
  const brokenChildRecord = (resumedAt: number | undefined, notRead?: NotRead): InputRecord => {
    const { child: node, line, message } = broken!;
    broken = undefined;
    const next = resumedAt === undefined ? "" : `; reading went on at the next <Child>, on line ${resumedAt}`;
    const lost = notRead === undefined ? "" : `; ${notReadText(notRead)}`;
    return documentProblem(line, `malformed XML on line ${line} in the <Child> starting on line ${node.line}${describeChild(node)}: ${message}; that child was not read${lost}${next}`, notRead);
  };

  const take = (token: XmlToken): void => {
    lastLine = token.line;
    if (token.kind === "error" && token.notRead !== undefined) endedInMarkup = true;
    if (broken !== undefined) {
      if (token.kind === "open" && token.name === "Child") out.push(brokenChildRecord(token.line));
      else if (token.kind === "close" && token.name === "Children") out.push(brokenChildRecord(undefined));
      else if (token.kind === "error" && token.notRead !== undefined) {
        out.push(brokenChildRecord(undefined, token.notRead));
        return;
      } else return;
    }
    if (token.kind === "error") {
      if (token.notRead === undefined && childNode !== undefined) breakChild(token.line, token.message);
      else if (token.notRead !== undefined && childNode !== undefined) {
        breakChild(token.line, token.message);
        out.push(brokenChildRecord(undefined, token.notRead));
      } else {
        const after = token.notRead === undefined ? "reading went on after it" : notReadText(token.notRead);
        out.push(documentProblem(token.line, `malformed XML on line ${token.line}: ${token.message}; ${after}`, token.notRead));
      }
      return;
    }
    if (token.kind === "text") {
      const top = nodes[nodes.length - 1];
      if (top !== undefined) {
        if (token.overlong === true) childOverlong ??= top;
        else top.text += token.text;
      } else if (names.length === 0 && (token.overlong === true || token.text.trim().length > 0)) {
        out.push(documentProblem(token.line, `malformed XML on line ${token.line}: text outside the root element; reading went on after it`));
      }
      return;
    }
    if (token.kind === "open") {
      const parent = nodes[nodes.length - 1];
      if (parent !== undefined) {
        const node: XmlNode = { name: token.name, line: token.line, children: [], text: "" };
        parent.children.push(node);
        if (!token.selfClosing) nodes.push(node);
      } else if (token.name === "Child" && names[names.length - 1] === "Children") {
        childNode = { name: token.name, line: token.line, children: [], text: "" };
        childDepth = names.length;
        if (!token.selfClosing) nodes.push(childNode);
      }
      if (!token.selfClosing) names.push(token.name);
      if (token.selfClosing && childNode !== undefined && nodes.length === 0) {
        for (const record of childRecords(childNode)) out.push(toInput(record, sourceOf));
        childNode = undefined;
      }
      return;
    }
    const open = names[names.length - 1];
    if (open !== token.name) {
      const message = open === undefined ? `a closing </${token.name}> with no open element` : `</${token.name}> closes <${open}>`;
      if (childNode !== undefined) breakChild(token.line, message);
      else {
        // outside the children: close up to the element it names, if one is open, else ignore it
        const at = names.lastIndexOf(token.name);
        if (at >= 0) names.length = at;
        out.push(documentProblem(token.line, `malformed XML on line ${token.line}: ${message}; reading went on after it`));
      }
      return;
    }
    names.pop();
    if (nodes.length > 0) {
      nodes.pop();
      if (nodes.length === 0 && childNode !== undefined) {
        const done = childNode;
        const overlong = childOverlong;
        childNode = undefined;
        childOverlong = undefined;
        if (overlong !== undefined) out.push(overlongChildRecord(done, overlong, tokenizer.maxTextLength, sourceOf));
        else for (const record of childRecords(done)) out.push(toInput(record, sourceOf));
      }
    }
  };
  for await (const chunk of chunks as AsyncIterable<string>) {
    for (const token of tokenizer.push(chunk)) take(token);
    yield* takeRecords();
  }
  for (const token of tokenizer.end()) take(token);
  yield* takeRecords();
  if (broken !== undefined) yield brokenChildRecord(undefined);
  else if (childNode !== undefined) {
    breakChild(lastLine, "the input ended inside it (truncated file?)");
    yield brokenChildRecord(undefined);
  } else if (names.length > 0 && !endedInMarkup) {
    yield documentProblem(lastLine, `malformed XML on line ${lastLine}: the input ended inside <${names[names.length - 1]}> (truncated file?)`);
  }
}

/** A `<Child>` that could not be read: where and why. */
interface BrokenChild {
  readonly child: XmlNode;
  readonly line: number;
  readonly message: string;
}

/** The one rejected record of a `<Child>` with a text too long to read. */
function overlongChildRecord(node: XmlNode, overlong: XmlNode, maxTextLength: number, sourceOf: (line: number, caseId: string | undefined) => RecordSource): InputRecord {
  const message = `too long to read: the text of <${overlong.name}> on line ${overlong.line} has more than ${maxTextLength} characters, in the <Child> starting on line ${node.line}${describeChild(node)}; that child was not read`;
  return { kind: "rejected", source: sourceOf(overlong.line, undefined), rejections: [rejection("too-long", [], message, { line: overlong.line })] };
}

function describeChild(node: XmlNode): string {
  const identifiers = child(node, "ChildIdentifiers");
  const id = identifiers === undefined ? undefined : child(identifiers, "LAchildID")?.text.trim();
  return id === undefined || id.length === 0 ? "" : ` (LAchildID ${JSON.stringify(id.slice(0, 100))})`;
}

function toInput(record: CensusRecord, sourceOf: (line: number, caseId: string | undefined) => RecordSource): InputRecord {
  const source = sourceOf(record.line, record.caseId);
  if (record.timeline !== undefined) return { kind: "case", source, timeline: record.timeline };
  return { kind: "rejected", source, rejections: record.rejections };
}
