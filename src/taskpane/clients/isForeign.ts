/** The pane's name for the domain's one foreign rule (DESIGN.md §2): nationality or country of practice, else the address's country. */
export { isForeignClient as isForeign } from '@/domain';
