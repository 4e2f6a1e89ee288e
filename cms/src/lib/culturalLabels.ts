type Text = { vi: string; en: string }
export type LabelType = { code: string; category: 'TK' | 'BC'; name: Text; text: Text }

const tk = (code: string, vi: string, en: string, textVi: string, textEn: string): LabelType => ({
  code: `tk-${code}`,
  category: 'TK',
  name: { vi: `TK ${vi}`, en: `TK ${en}` },
  text: { vi: textVi, en: textEn },
})
const bc = (code: string, vi: string, en: string, textVi: string, textEn: string): LabelType => ({
  code: `bc-${code}`,
  category: 'BC',
  name: { vi: `BC ${vi}`, en: `BC ${en}` },
  text: { vi: textVi, en: textEn },
})

/**
 * The Traditional Knowledge (20) and Biocultural (10) Label types of Local Contexts, with short
 * explanations written for this archive (a community customises the wording when it applies a label).
 * Labels inform people how a community wants its heritage treated; access levels, not labels, restrict.
 */
export const LABEL_TYPES: LabelType[] = [
  tk(
    'attribution',
    'Ghi công',
    'Attribution',
    'Khi sử dụng, hãy ghi đúng cộng đồng là chủ nhân của tri thức này.',
    'When you use this, credit the community it comes from.',
  ),
  tk(
    'clan',
    'Dòng họ',
    'Clan',
    'Tri thức thuộc về một dòng họ; sử dụng cần dòng họ cho phép.',
    'This belongs to a clan; use it only with the clan’s permission.',
  ),
  tk(
    'family',
    'Gia đình',
    'Family',
    'Tri thức thuộc về một gia đình; sử dụng cần gia đình cho phép.',
    'This belongs to a family; use it only with the family’s permission.',
  ),
  tk(
    'multiple-communities',
    'Nhiều cộng đồng',
    'Multiple Communities',
    'Nhiều cộng đồng cùng gìn giữ tri thức này.',
    'Several communities share responsibility for this.',
  ),
  tk(
    'community-voice',
    'Tiếng nói cộng đồng',
    'Community Voice',
    'Cộng đồng muốn bổ sung cách hiểu của mình vào hồ sơ này.',
    'The community wants its own account added to this record.',
  ),
  tk(
    'creative',
    'Sáng tạo',
    'Creative',
    'Có phần sáng tạo của cộng đồng; ghi nhận cả phần sáng tạo ấy.',
    'This contains the community’s creative work; acknowledge it.',
  ),
  tk(
    'verified',
    'Đã xác minh',
    'Verified',
    'Cộng đồng đã xác nhận cách trình bày này là đúng và phù hợp.',
    'The community has confirmed this is presented correctly and respectfully.',
  ),
  tk(
    'non-verified',
    'Chưa xác minh',
    'Non-Verified',
    'Cộng đồng chưa xác nhận nội dung này.',
    'The community has not confirmed this content.',
  ),
  tk(
    'seasonal',
    'Theo mùa',
    'Seasonal',
    'Chỉ nên xem, nghe hoặc dùng vào mùa hay dịp nhất định.',
    'This should be seen, heard or used only in a certain season or occasion.',
  ),
  tk(
    'women-general',
    'Phụ nữ',
    'Women General',
    'Tri thức chủ yếu do phụ nữ nắm giữ và truyền dạy.',
    'This is mainly held and passed on by women.',
  ),
  tk(
    'men-general',
    'Nam giới',
    'Men General',
    'Tri thức chủ yếu do nam giới nắm giữ và truyền dạy.',
    'This is mainly held and passed on by men.',
  ),
  tk(
    'men-restricted',
    'Hạn chế: nam giới',
    'Men Restricted',
    'Theo phong tục, chỉ nam giới được xem hoặc nghe.',
    'By custom, only men may see or hear this.',
  ),
  tk(
    'women-restricted',
    'Hạn chế: nữ giới',
    'Women Restricted',
    'Theo phong tục, chỉ nữ giới được xem hoặc nghe.',
    'By custom, only women may see or hear this.',
  ),
  tk(
    'culturally-sensitive',
    'Nhạy cảm văn hóa',
    'Culturally Sensitive',
    'Nội dung nhạy cảm; hãy tìm hiểu và tôn trọng bối cảnh trước khi dùng.',
    'This is culturally sensitive; learn its context and treat it with respect.',
  ),
  tk(
    'secret-sacred',
    'Thiêng, bí mật',
    'Secret / Sacred',
    'Tri thức thiêng; không được phổ biến ngoài những người được cộng đồng cho phép.',
    'Sacred knowledge; not to be shared beyond those the community permits.',
  ),
  tk(
    'open-to-commercialization',
    'Cho phép thương mại',
    'Open to Commercialization',
    'Cộng đồng sẵn sàng cho sử dụng thương mại theo thỏa thuận.',
    'The community is open to commercial use by agreement.',
  ),
  tk(
    'non-commercial',
    'Phi thương mại',
    'Non-Commercial',
    'Không được dùng vào mục đích thương mại.',
    'Not to be used commercially.',
  ),
  tk(
    'community-use-only',
    'Chỉ trong cộng đồng',
    'Community Use Only',
    'Chỉ dùng trong cộng đồng, không dùng bên ngoài.',
    'For use within the community only.',
  ),
  tk(
    'outreach',
    'Giáo dục, quảng bá',
    'Outreach',
    'Cộng đồng cho phép dùng để giáo dục và giới thiệu văn hóa.',
    'The community allows this to be used for education and outreach.',
  ),
  tk(
    'open-to-collaboration',
    'Sẵn sàng hợp tác',
    'Open to Collaboration',
    'Cộng đồng sẵn sàng hợp tác nghiên cứu, bảo tồn về nội dung này.',
    'The community welcomes collaboration on research and safeguarding.',
  ),
  bc(
    'provenance',
    'Nguồn gốc',
    'Provenance',
    'Nguồn gen, sinh vật hoặc dữ liệu này có nguồn gốc từ cộng đồng.',
    'These biological materials or data come from the community.',
  ),
  bc(
    'multiple-communities',
    'Nhiều cộng đồng',
    'Multiple Communities',
    'Nhiều cộng đồng cùng có quyền đối với nguồn này.',
    'Several communities hold rights in this material.',
  ),
  bc(
    'clan',
    'Dòng họ',
    'Clan',
    'Nguồn này gắn với một dòng họ cụ thể.',
    'This material is connected to a particular clan.',
  ),
  bc(
    'consent-verified',
    'Đã có đồng ý',
    'Consent Verified',
    'Đã có sự đồng ý tự nguyện, được thông tin đầy đủ của cộng đồng.',
    'The community gave free, prior and informed consent.',
  ),
  bc(
    'consent-non-verified',
    'Chưa xác minh đồng ý',
    'Consent Non-Verified',
    'Chưa xác minh được sự đồng ý của cộng đồng.',
    'The community’s consent has not been verified.',
  ),
  bc(
    'research-use',
    'Dùng cho nghiên cứu',
    'Research Use',
    'Được dùng cho nghiên cứu theo điều kiện của cộng đồng.',
    'May be used for research on the community’s terms.',
  ),
  bc(
    'open-to-collaboration',
    'Sẵn sàng hợp tác',
    'Open to Collaboration',
    'Cộng đồng sẵn sàng hợp tác về nguồn này.',
    'The community welcomes collaboration on this material.',
  ),
  bc(
    'open-to-commercialization',
    'Cho phép thương mại',
    'Open to Commercialization',
    'Cộng đồng sẵn sàng cho sử dụng thương mại theo thỏa thuận chia sẻ lợi ích.',
    'Open to commercial use under a benefit-sharing agreement.',
  ),
  bc(
    'non-commercial',
    'Phi thương mại',
    'Non-Commercial',
    'Không được dùng vào mục đích thương mại.',
    'Not to be used commercially.',
  ),
  bc(
    'outreach',
    'Giáo dục, quảng bá',
    'Outreach',
    'Được dùng để giáo dục và giới thiệu.',
    'May be used for education and outreach.',
  ),
]

/** A small square badge: the category on top, the label's initials below. Made here, so it ships with the archive. */
export function labelIcon(type: LabelType): string {
  const initials = type.name.en
    .replace(/^(TK|BC) /, '')
    .split(/[\s/]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase())
    .join('')
    .slice(0, 3)
  const fill = type.category === 'TK' ? '#1d1d1b' : '#0b6e4f'
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img" aria-label="${type.name.en}"><rect width="64" height="64" rx="10" fill="${fill}"/><text x="32" y="27" text-anchor="middle" font-family="sans-serif" font-size="16" font-weight="700" fill="#fff">${type.category}</text><text x="32" y="50" text-anchor="middle" font-family="sans-serif" font-size="16" fill="#fff">${initials}</text></svg>`
}
