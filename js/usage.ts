// Compile-only check that the types generated from openapi/discogs.yaml are usable and strict:
// `make spec-ts` type-checks this file and never runs it. Each @ts-expect-error fails the build
// if the generated types ever degrade to `any`.
import type { components, operations, paths } from "../build/ts/discogs";

type Release = components["schemas"]["Release"];
type JsonOf<Op> = Op extends { responses: { 200: { content: { "application/json": infer B } } } }
  ? B
  : never;
type GetOp<P extends keyof paths> = paths[P] extends { get: infer Op } ? Op : never;
type GetPath = { [P in keyof paths]: [GetOp<P>] extends [never] ? never : P }[keyof paths];
type ParamsOf<Op> = Op extends { parameters: infer X } ? X : never;

// Path and query parameters are typed per operation, so a missing release_id does not compile.
async function getJson<P extends GetPath>(
  path: P,
  params: ParamsOf<GetOp<P>>,
): Promise<JsonOf<GetOp<P>>> {
  const { path: ids = {}, query = {} } = params as {
    path?: Record<string, string | number>;
    query?: Record<string, string | number>;
  };
  const rel = path.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(String(ids[k])));
  const url = new URL(rel, "https://api.discogs.com");
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, String(v));
  // Without a User-Agent Discogs answers with an empty body.
  const res = await fetch(url, { headers: { "User-Agent": "DiscogsTypesCheck/1.0" } });
  if (!res.ok) throw new Error(`${res.status} on ${path}`);
  return (await res.json()) as JsonOf<GetOp<P>>;
}

export async function describeRelease(id: number): Promise<string> {
  const release: Release = await getJson("/releases/{release_id}", { path: { release_id: id } });
  // Fields that do not apply are absent, not null; lowest_price is null when nothing is for sale.
  const price = release.lowest_price == null ? "not for sale" : release.lowest_price.toFixed(2);
  // @ts-expect-error lowest_price may be null or absent: strictNullChecks must reach the schema.
  release.lowest_price.toFixed(2);
  // @ts-expect-error a Release has a title but no name (that is an Artist's or a Label's).
  void release.name;
  // year is absent when it does not apply and 0 when unknown: both mean "no year".
  return `${release.title} (${release.year || "year unknown"}): ${price}`;
}

// Walk page numbers up to pagination.pages: a `next` link has been seen pointing back at page 1.
export async function searchTitles(q: string): Promise<string[]> {
  const titles: string[] = [];
  for (let page = 1, pages = 1; page <= pages; page++) {
    const body: JsonOf<operations["searchDatabase"]> = await getJson("/database/search", {
      query: { q, type: "release", page, per_page: 100 },
    });
    pages = body.pagination.pages;
    for (const r of body.results) {
      // The `type` discriminator narrows the union: artist and label results have no catno.
      titles.push(r.type === "release" ? `${r.title} [${r.catno ?? "?"}]` : r.title);
    }
  }
  // @ts-expect-error ids are integers, so a string id must not compile.
  await getJson("/releases/{release_id}", { path: { release_id: "249504" } });
  return titles;
}
