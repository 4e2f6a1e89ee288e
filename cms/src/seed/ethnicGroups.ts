export type DemoGroup = {
  slug: string
  name: { vi: string; en: string }
  endonym: string
  otherNames: string[]
  languages: { iso6393: string; name: { vi: string; en: string } }[]
  description: { vi: string; en: string }
  /** Keys of DEMO_PLACES. */
  regions: string[]
}

/**
 * Demo ethnic groups (facts from DESIGN.md §1 and ISO 639-3). Enough to try the admin and, later,
 * search by ethnonym variants ("Rhade" finds Ê Đê).
 */
export const DEMO_ETHNIC_GROUPS: DemoGroup[] = [
  {
    slug: 'e-de',
    regions: ['dak-lak', 'phu-yen'],
    name: { vi: 'Ê Đê', en: 'Ede' },
    endonym: 'Anak Ê Đê',
    otherNames: ['Ede', 'Êđê', 'Rhade', 'Ra-đê', 'Đê', 'Kpă', 'Adham', 'Krung', 'Mđhur', 'Ktul', 'Bih'],
    languages: [{ iso6393: 'rad', name: { vi: 'Tiếng Ê Đê', en: 'Rade' } }],
    description: {
      vi: 'Dân tộc Ê Đê sống chủ yếu ở Đắk Lắk, theo chế độ mẫu hệ; chủ nhân của sử thi Đam San, lễ cúng bến nước và không gian văn hóa cồng chiêng Tây Nguyên.',
      en: 'The Ede live mainly in Đắk Lắk and are matrilineal; they are keepers of the Đam San epic, the water-wharf ceremony and the Space of Gong Culture of the Central Highlands.',
    },
  },
  {
    slug: 'cham',
    regions: ['ninh-thuan', 'khanh-hoa'],
    name: { vi: 'Chăm', en: 'Cham' },
    endonym: 'Urang Cam',
    otherNames: ['Cham', 'Chàm', 'Chiêm', 'Chiêm Thành', 'Hroi'],
    languages: [
      { iso6393: 'cjm', name: { vi: 'Tiếng Chăm Đông', en: 'Eastern Cham' } },
      { iso6393: 'cja', name: { vi: 'Tiếng Chăm Tây', en: 'Western Cham' } },
    ],
    description: {
      vi: 'Người Chăm sống ở Ninh Thuận, Bình Thuận, An Giang và nhiều nơi khác; nổi tiếng với lễ hội Katê và nghề gốm Bàu Trúc (UNESCO ghi danh cần bảo vệ khẩn cấp năm 2022).',
      en: 'The Cham live in Ninh Thuận, Bình Thuận, An Giang and elsewhere; known for the Katê festival and Bàu Trúc pottery (UNESCO urgent safeguarding list, 2022).',
    },
  },
  {
    slug: 'ba-na',
    regions: ['gia-lai', 'binh-dinh', 'kon-tum', 'phu-yen'],
    name: { vi: 'Ba Na', en: 'Bahnar' },
    endonym: 'Bahnar',
    otherNames: ['Bahnar', 'Ba-na', 'Bơ Nâm', 'Roh', 'Kon Kđe', 'Ala Công', 'Kpăng Công', 'Rơ Ngao', 'Giơ Lâng'],
    languages: [{ iso6393: 'bdq', name: { vi: 'Tiếng Ba Na', en: 'Bahnar' } }],
    description: {
      vi: 'Người Ba Na sống ở Kon Tum, Gia Lai, Bình Định, Phú Yên; nhà rông là trung tâm sinh hoạt cộng đồng của làng.',
      en: 'The Bahnar live in Kon Tum, Gia Lai, Bình Định and Phú Yên; the communal rông house is the heart of village life.',
    },
  },
  {
    slug: 'xtieng',
    regions: ['binh-phuoc', 'dong-nai'],
    name: { vi: 'Xtiêng', en: 'Stieng' },
    endonym: "S'tiêng",
    otherNames: ["S'tiêng", 'Stieng', 'Xa Điêng', 'Bù Lơ', 'Bù Đéh', 'Bù Lê', 'Bù Biêk'],
    languages: [
      { iso6393: 'sti', name: { vi: 'Tiếng Xtiêng (Bù Lơ)', en: 'Bulo Stieng' } },
      { iso6393: 'stt', name: { vi: 'Tiếng Xtiêng (Bù Đéh)', en: 'Budeh Stieng' } },
    ],
    description: {
      vi: 'Người Xtiêng sống chủ yếu ở Bình Phước; lễ hội cầu mùa, đâm trâu và nghề dệt thổ cẩm là nét văn hóa tiêu biểu.',
      en: 'The Stieng live mainly in Bình Phước; harvest prayers, the buffalo-stabbing festival and brocade weaving mark their culture.',
    },
  },
  {
    slug: 'h-re',
    regions: ['quang-ngai', 'binh-dinh'],
    name: { vi: 'Hrê', en: 'Hre' },
    endonym: "H'rê",
    otherNames: ["H'rê", 'Hre', 'Chăm Rê', 'Chom', 'Krẹ', 'Lũy'],
    languages: [{ iso6393: 'hre', name: { vi: 'Tiếng Hrê', en: 'Hre' } }],
    description: {
      vi: 'Người Hrê sống chủ yếu ở miền núi Quảng Ngãi, Bình Định; nổi tiếng với lễ hội đâm trâu và kho tàng hát kể, nhạc cụ truyền thống.',
      en: 'The Hre live mainly in the uplands of Quảng Ngãi and Bình Định; known for the buffalo-stabbing festival, sung storytelling and traditional instruments.',
    },
  },
  {
    slug: 'gia-rai',
    regions: ['gia-lai'],
    name: { vi: 'Gia Rai', en: 'Jarai' },
    endonym: 'Jrai',
    otherNames: ['Jarai', 'Jrai', 'Giơ Rai', 'Chơ Rai', 'Tơ Buăn', 'Hơ Bau', 'Hdrung', 'Chor'],
    languages: [{ iso6393: 'jra', name: { vi: 'Tiếng Gia Rai', en: 'Jarai' } }],
    description: {
      vi: 'Người Gia Rai là dân tộc đông nhất Tây Nguyên, sống chủ yếu ở Gia Lai; lễ bỏ mả và nghệ thuật cồng chiêng gắn với đời sống cộng đồng.',
      en: 'The Jarai are the largest group of the Central Highlands, living mainly in Gia Lai; the grave-abandoning ceremony and gong music bind community life.',
    },
  },
  {
    slug: 'thai',
    regions: ['thanh-hoa'],
    name: { vi: 'Thái', en: 'Thai (Tai)' },
    endonym: 'Tay',
    otherNames: ['Tai', 'Tày Đăm', 'Tày Khao', 'Thái Đen', 'Thái Trắng', 'Tày Thanh', 'Tày Mười', 'Hàng Tổng'],
    languages: [
      { iso6393: 'blt', name: { vi: 'Tiếng Thái Đen', en: 'Tai Dam' } },
      { iso6393: 'twh', name: { vi: 'Tiếng Thái Trắng', en: 'Tai Dón' } },
    ],
    description: {
      vi: 'Người Thái sống ở Tây Bắc và miền núi Thanh Hóa, Nghệ An; nghệ thuật Xòe Thái được UNESCO ghi danh năm 2021.',
      en: 'The Thai live in the northwest and the uplands of Thanh Hóa and Nghệ An; the art of Xòe Thái was inscribed by UNESCO in 2021.',
    },
  },
  {
    slug: 'muong',
    regions: ['thanh-hoa'],
    name: { vi: 'Mường', en: 'Muong' },
    endonym: 'Mol',
    otherNames: ['Mol', 'Mual', 'Moăn', 'Mon', 'Muong'],
    languages: [{ iso6393: 'mtq', name: { vi: 'Tiếng Mường', en: 'Muong' } }],
    description: {
      vi: 'Người Mường sống nhiều ở Hòa Bình, Thanh Hóa, Phú Thọ; Mo Mường và lễ hội Pồn Pôông là những di sản tiêu biểu.',
      en: 'The Muong live mostly in Hòa Bình, Thanh Hóa and Phú Thọ; Mo Mường and the Pồn Pôông festival are among their best-known heritage.',
    },
  },
]
