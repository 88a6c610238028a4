import { useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useHydrated } from '../components/use-hydrated';
import { useLazyCodec } from '../share-link/use-lazy-codec';
import { keyQuestionIds, MAX_OWN, type KeyQuestionId } from './key-questions';
import type { DecodedList, QuestionList } from './question-link';

const loadCodec = () => import('./question-link');

interface Draft {
  ticked: KeyQuestionId[];
  /** Always MAX_OWN slots, as typed ("" for an empty box). */
  own: string[];
}

const toDraft = (list: QuestionList): Draft => ({ ticked: list.ticked, own: Array.from({ length: MAX_OWN }, (_, i) => list.own[i] ?? '') });
const empty: DecodedList = { list: { ticked: [], own: [] }, problems: [] };

/**
 * The question list being edited, and its link. It starts from the page's query string and
 * keeps the address in step with it, so a reload, the language link or the browser's own share
 * keep the list (it is stored nowhere else).
 */
export function useQuestionList() {
  const hydrated = useHydrated();
  const { search } = useLocation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft | null>(null);
  // The query string is invisible at build time: read it only after hydration, so both renders match.
  const codec = useLazyCodec(loadCodec, hydrated && (search !== '' || draft !== null));
  const decoded = useMemo(() => (codec && hydrated ? codec.decodeQuestionLink(search) : empty), [codec, hydrated, search]);
  const list = draft ?? toDraft(decoded.list);
  const link = codec ? codec.encodeQuestionLink(list) : '';
  // Until the codec is there, a link in the address is not yet read: it is not "changed" either.
  const reading = hydrated && search !== '' && !codec;

  // Replace, not push: no history entry per keystroke. Typing is debounced.
  useEffect(() => {
    if (!draft || !codec) return;
    const timer = setTimeout(() => {
      if (link !== search) void navigate({ search: link }, { replace: true, preventScrollReset: true });
    }, 300);
    return () => clearTimeout(timer);
  }, [draft, codec, link, search, navigate]);

  // An edit made before the link is read would replace the list the link carries.
  const change = (update: (d: Draft) => Draft) => !reading && setDraft((d) => update(d ?? list));
  const problems = draft ? [] : decoded.problems;
  return {
    /** Hydrated, and the link in the address (if any) read: the list and its link are the real ones. */
    ready: hydrated && !reading,
    list,
    link,
    /** Own questions as they will be printed and shared. */
    own: list.own.map((o) => o.trim()).filter(Boolean),
    /** What the page says about the link it was opened with, until the reader changes the list. */
    notice: problems.includes('newer-version') ? ('noticeNewer' as const) : problems.length ? ('noticeRecovered' as const) : undefined,
    toggle: (q: KeyQuestionId, on: boolean) => change((d) => ({ ...d, ticked: keyQuestionIds.filter((k) => (k === q ? on : d.ticked.includes(k))) })),
    setOwn: (index: number, value: string) => change((d) => ({ ...d, own: d.own.map((o, i) => (i === index ? value : o)) })),
  };
}
