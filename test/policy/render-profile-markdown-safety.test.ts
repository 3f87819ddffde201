import { describe, expect, it } from "vitest";
import { defineProfile } from "../../src/profiles/define-profile.js";
import { renderProfileMarkdown } from "../../src/policy/render-profile-markdown.js";
import { profiles } from "../../src/profiles/index.js";
import { hostileProfileJson } from "./hostile-profile.js";

// Text from a profile must never become live HTML or a script link in the Markdown rendered
// from it (it is printed by "profiles show" and may be pasted into a page or a wiki).

const markdown = renderProfileMarkdown(defineProfile(JSON.parse(hostileProfileJson())));
/** The Markdown without its code spans (whose text is always shown as it is). */
const outsideCode = markdown.replace(/(`+)[\s\S]*?\1/g, "");

describe("renderProfileMarkdown with hostile profile text", () => {
  it("starts no HTML: every < outside code spans is written &lt; but its own <br> and <https://...> links", () => {
    expect(outsideCode.match(/<(?!br>|https:\/\/)/g)).toBeNull();
    expect(markdown).toContain("&lt;script>alert(1)&lt;/script>");
    expect(markdown).toContain("&lt;img src=x onerror=alert(1)>");
    expect(markdown).toContain("&lt;!-- hidden -->");
  });

  it("forms no link, image or link reference: every [ and ] from the profile is escaped", () => {
    expect(outsideCode.match(/(?<!\\)[[\]]/g)).toBeNull();
    expect(markdown).toContain("See \\[the rules\\](javascript:alert(1))");
    expect(markdown).toContain("> \\[ref\\]: javascript:alert(2)");
    expect(markdown).toContain("!\\[img\\](data:image/svg+xml,&lt;svg onload=alert(1)>)");
  });

  it("links a citation URL only when it is http or https; javascript: and data: URLs are text", () => {
    expect(markdown).toContain("\n<https://example.org/procedures>\n");
    expect(markdown).toContain("\njavascript:alert(1)\n");
    expect(markdown).toContain("\ndata:text/html,&lt;script>alert(1)&lt;/script>\n");
  });

  it("keeps a value with backticks inside one code span", () => {
    expect(markdown).toContain("`` chair` <script>x</script> ` ``");
  });

  it("changes nothing in the built-in profiles but brackets, which read the same", () => {
    const text = Object.values(profiles).map(renderProfileMarkdown).join("\n");
    expect(text.match(/<(?!br>|https?:\/\/)/g)).toBeNull();
    expect(text).toContain("<https://");
  });
});
