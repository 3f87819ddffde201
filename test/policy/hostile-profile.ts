import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The example council profile (JSON) with hostile text in every kind of field: terminal escape
 * sequences (a screen clear, a window-title set, colours, a C1 CSI, a carriage return), raw
 * HTML, Markdown links and a link reference definition to `javascript:`, and `javascript:` /
 * `data:` citation URLs.
 */
export function hostileProfileJson(): string {
  const profile = JSON.parse(readFileSync(join(import.meta.dirname, "../../examples/profiles/example-council.json"), "utf8"));
  profile.name = "Evil\u001b]0;pwned\u0007 Council\u001b[2J <script>alert(1)</script>";
  profile.version = "1\u009b2J";
  profile.description = "See [the rules](javascript:alert(1)) and <img src=x onerror=alert(1)>\r\nforged line";
  const [first, second, third, chair] = profile.rules;
  first.title = "\u001b[31mRed\u001b[0m <b>bold</b>";
  first.citation.url = "javascript:alert(1)";
  first.citation.quote = "[click](vbscript:msgbox(1))\n[ref]: javascript:alert(2)\n[ref] <!-- hidden -->";
  second.citation.url = "data:text/html,<script>alert(1)</script>";
  second.reading.text = "![img](data:image/svg+xml,<svg onload=alert(1)>) <javascript:alert(3)>";
  third.citation.url = "https://example.org/procedures";
  chair.chairRoles = [...chair.chairRoles, "chair` <script>x</script> `"];
  return JSON.stringify(profile);
}
