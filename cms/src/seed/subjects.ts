/** Demo subjects: a small, flat-enough taxonomy in both languages. */
export const DEMO_SUBJECTS = [
  { key: 'agrarian', name: { vi: 'Nghi lễ nông nghiệp', en: 'Agrarian rites' } },
  { key: 'gongs', name: { vi: 'Âm nhạc cồng chiêng', en: 'Gong music' } },
  { key: 'instruments', name: { vi: 'Nhạc cụ truyền thống', en: 'Traditional instruments' }, broader: 'gongs' },
  { key: 'epics', name: { vi: 'Sử thi, hát kể', en: 'Epics and sung narratives' } },
  { key: 'pottery', name: { vi: 'Nghề gốm', en: 'Pottery' } },
  { key: 'brocade', name: { vi: 'Dệt thổ cẩm', en: 'Brocade weaving' } },
  { key: 'food', name: { vi: 'Ẩm thực truyền thống', en: 'Traditional food and drink' } },
  { key: 'belief', name: { vi: 'Tín ngưỡng, thờ cúng', en: 'Belief and worship' } },
  { key: 'life-cycle', name: { vi: 'Nghi lễ vòng đời', en: 'Life-cycle rites' }, broader: 'belief' },
  { key: 'dance', name: { vi: 'Múa dân gian', en: 'Folk dance' } },
  { key: 'nature', name: { vi: 'Tri thức về thiên nhiên', en: 'Knowledge of nature' } },
] as const satisfies readonly { key: string; name: { vi: string; en: string }; broader?: string }[]

export type SubjectKey = (typeof DEMO_SUBJECTS)[number]['key']
