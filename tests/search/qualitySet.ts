/**
 * The search quality set: queries people type over the demo archive, each with the items (titles in the
 * query's language) that must be among the first five results. Run against Pagefind in every test run
 * (tests/e2e/site.e2e.spec.ts) and against Meilisearch in the live suite; both report recall@5.
 */
export type QualityQuery = {
  query: string
  locale: 'vi' | 'en'
  expected: string[]
  /** What the query tests. */
  kind: 'no-diacritics' | 'đ' | 'ethnonym' | 'old-province' | 'english' | 'as-written'
}

const KATE = 'Lễ hội Katê'
const POTTERY = 'Nghề làm gốm Bàu Trúc'
const RIJA = 'Lễ hội Rija Nagar'
const MY_NGHIEP = 'Nghề dệt thổ cẩm Mỹ Nghiệp'
const WHARF = 'Lễ cúng bến nước của người Ê Đê ở Tây Hòa'
const DAM_SAN = 'Sử thi Đam San'
const GONGS = 'Không gian văn hóa cồng chiêng Tây Nguyên'
const RICE_WINE = 'Rượu cần của người Ê Đê'
const BANA_RICE = 'Lễ mừng lúa mới của người Ba Na ở Vĩnh Thạnh'
const TRUNG = "Đàn T'rưng"
const RONG = 'Lễ mừng nhà rông mới của người Ba Na ở Kon Tum'
const STIENG_RICE = 'Lễ mừng lúa mới của người Xtiêng'
const STIENG_BROCADE = 'Nghề dệt thổ cẩm của người Xtiêng'
const HRE_BUFFALO = 'Lễ hội đâm trâu của người Hrê'
const TENG = 'Nghề dệt thổ cẩm làng Teng'
const PON_POONG = 'Lễ hội Pồn Pôông'
const XOE = 'Xòe của người Thái ở Bá Thước'
const ELEPHANTS = 'Lễ cúng sức khỏe cho voi'

const vi = (kind: QualityQuery['kind'], query: string, ...expected: string[]): QualityQuery => ({
  query,
  locale: 'vi',
  expected,
  kind,
})
const en = (query: string, ...expected: string[]): QualityQuery => ({ query, locale: 'en', expected, kind: 'english' })

export const QUALITY_SET: QualityQuery[] = [
  vi('no-diacritics', 'le hoi kate', KATE),
  vi('no-diacritics', 'gom bau truc', POTTERY),
  vi('no-diacritics', 'rija nagar', RIJA),
  vi('no-diacritics', 'det tho cam my nghiep', MY_NGHIEP),
  vi('no-diacritics', 'cung ben nuoc', WHARF),
  vi('no-diacritics', 'cong chieng tay nguyen', GONGS),
  vi('no-diacritics', 'le hoi cong chieng', GONGS),
  vi('no-diacritics', 'ruou can', RICE_WINE),
  vi('no-diacritics', 'mung lua moi', BANA_RICE, STIENG_RICE),
  vi('no-diacritics', 'nha rong', RONG),
  vi('no-diacritics', 'tho cam', MY_NGHIEP, STIENG_BROCADE, TENG),
  vi('no-diacritics', 'pon poong', PON_POONG),
  vi('no-diacritics', 'xoe', XOE),
  vi('no-diacritics', 'suc khoe cho voi', ELEPHANTS),
  vi('no-diacritics', 'lang teng', TENG),
  vi('as-written', 'cồng chiêng', GONGS),
  vi('as-written', 'thổ cẩm làng Teng', TENG),
  vi('đ', 'dam san', DAM_SAN),
  vi('đ', 'đam san', DAM_SAN),
  vi('đ', 'Đam San', DAM_SAN),
  vi('đ', 'dan trung', TRUNG),
  vi('đ', "đàn t'rưng", TRUNG),
  vi('đ', 'dam trau', HRE_BUFFALO),
  vi('đ', 'đâm trâu', HRE_BUFFALO),
  vi('ethnonym', 'ede', RICE_WINE),
  vi('ethnonym', 'rhade', RICE_WINE),
  vi('ethnonym', 'e de', RICE_WINE),
  vi('ethnonym', 'bahnar', RONG),
  vi('ethnonym', 'stieng', STIENG_RICE),
  vi('ethnonym', "s'tieng", STIENG_RICE),
  vi('ethnonym', 'xtieng', STIENG_BROCADE),
  vi('ethnonym', 'jarai', TRUNG),
  vi('ethnonym', 'hre', HRE_BUFFALO),
  vi('ethnonym', "h're", HRE_BUFFALO),
  vi('ethnonym', 'muong', PON_POONG),
  vi('ethnonym', 'cham', KATE),
  vi('old-province', 'phu yen', WHARF),
  vi('old-province', 'binh dinh', BANA_RICE),
  vi('old-province', 'ninh thuan', RIJA),
  vi('old-province', 'kon tum', RONG),
  vi('old-province', 'buon ma thuot', DAM_SAN),
  en('gong culture', 'Space of Gong Culture of the Central Highlands'),
  en('buffalo', 'Hre buffalo-stabbing festival'),
  en('brocade', 'Mỹ Nghiệp brocade weaving', 'Stieng brocade weaving', 'Teng village brocade'),
  en('rice wine', 'Ede rice wine (rượu cần)'),
  en('elephants', 'Ceremony for the health of elephants'),
  en('epic', 'The Đam San epic'),
  en('pottery', 'Bàu Trúc pottery'),
  en('new rice', 'Bahnar new-rice festival in Vĩnh Thạnh', 'Stieng new-rice festival'),
  en('xylophone', "T'rưng bamboo xylophone"),
  en('rhade', 'Ede rice wine (rượu cần)'),
]

/** Share of a query's expected items among the first five results. */
export const recallAt5 = (expected: string[], results: string[]) =>
  expected.filter((title) => results.slice(0, 5).includes(title)).length / expected.length

/** Runs the set through an engine (its result titles, best first) and returns recall@5 and the misses. */
export async function runQualitySet(
  titlesFor: (query: QualityQuery) => Promise<string[]>,
  queries: QualityQuery[] = QUALITY_SET,
) {
  const misses: string[] = []
  let total = 0
  for (const query of queries) {
    const titles = await titlesFor(query)
    const recall = recallAt5(query.expected, titles)
    total += recall
    if (recall < 1)
      misses.push(`${query.kind} "${query.query}" (${query.locale}): top 5 ${JSON.stringify(titles.slice(0, 5))}`)
  }
  const recall = total / queries.length
  return {
    recall,
    misses,
    report: (engine: string) =>
      `[quality] ${engine} recall@5 ${recall.toFixed(3)} over ${queries.length} queries${misses.length ? `; misses:\n  ${misses.join('\n  ')}` : ''}`,
  }
}
