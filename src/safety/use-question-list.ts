import { useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useHydrated } from '../components/use-hydrated';
import { keyQuestionIds, type KeyQuestionId } from './key-questions';
import { decodeQuestionLink, encodeQuestionLink, MAX_OWN, type QuestionList } from './question-link';

interface Draft {
  ticked: KeyQuestionId[];
  /** Always MAX_OWN slots, as typed ("" for an empty box). */
  own: string[];
}

const toDraft = (list: QuestionList): Draft => ({ ticked: list.ticked, own: Array.from({ length: MAX_OWN }, (_, i) => list.own[i] ?? '') });

/**
 * The question list being edited, and its link. It starts from the page's query string and
 * keeps the address in step with it, so a reload, the language link or the browser's own share
 * keep the list (it is stored nowhere else).
 */
export function useQuestionList() {
  const hydrated = useHydrated();
  const { search } = useLocation();
  const navigate = useNavigate();
  // The query string is invisible at build time: read it only after hydration, so both renders match.
  const decoded = useMemo(() => decodeQuestionLink(hydrated ? search : ''), [hydrated, search]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const list = draft ?? toDraft(decoded.list);
  const link = encodeQuestionLink(list);

  // Replace, not push: no history entry per keystroke. Typing is debounced.
  useEffect(() => {
    if (!draft) return;
    const timer = setTimeout(() => {
      if (link !== search) void navigate({ search: link }, { replace: true, preventScrollReset: true });
    }, 300);
    return () => clearTimeout(timer);
  }, [draft, link, search, navigate]);

  const change = (update: (d: Draft) => Draft) => setDraft((d) => update(d ?? list));
  const problems = draft ? [] : decoded.problems;
  return {
    hydrated,
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
