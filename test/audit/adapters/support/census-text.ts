/** A census `<Child>` with one Section 47 and the plan its conference started (2023-04-20). */
export function childXml(id: string): string {
  return `
    <Child>
      <ChildIdentifiers><LAchildID>${id}</LAchildID><PersonBirthDate>2015-06-01</PersonBirthDate></ChildIdentifiers>
      <CINdetails><CINreferralDate>2023-01-05</CINreferralDate><ReferralSource>2A</ReferralSource>
        <Section47><S47ActualStartDate>2023-04-03</S47ActualStartDate><DateOfInitialCPC>2023-04-20</DateOfInitialCPC></Section47>
        <ChildProtectionPlans><CPPstartDate>2023-04-20</CPPstartDate><Reviews><CPPreviewDate>2023-07-17</CPPreviewDate></Reviews></ChildProtectionPlans>
      </CINdetails>
    </Child>`;
}

/** A census return holding the given `<Child>` elements. */
export function censusOf(children: readonly string[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<Message>
  <Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails></Header>
  <Children>${children.join("")}
  </Children>
</Message>
`;
}
