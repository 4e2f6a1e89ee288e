export { foldVietnamese, searchForms, slugify } from './fold'
