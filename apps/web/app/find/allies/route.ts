import { searchAllies } from "@nato/core";

/**
 * The Allies a search box's text may mean, as JSON (core's `searchAllies`, best first), for the compare
 * picker's script: `GET /find/allies?q=türk` answers `{"query":"türk","allies":[{"code":"TUR",
 * "name":"Türkiye"}]}`. The text is read up to 60 characters, as the find-an-Ally box sends it. The answer
 * depends only on the URL, so the site's server and any CDN keep it.
 */
export function GET(request: Request): Response {
  const raw = new URL(request.url).searchParams.get("q") ?? "";
  const query = raw.slice(0, 60).trim();
  const allies = searchAllies(query).map((a) => ({ code: a.code, name: a.name }));
  return Response.json({ query, allies });
}
