import { useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useHydrated } from '../components/use-hydrated';
import { useLazyCodec } from '../share-link/ui';
import { localStorageOrNone as storage } from '../storage/local-storage';
import { keyQuestionIds, MAX_OWN, type KeyQuestionId } from './key-questions';
import type { DecodedList, QuestionList } from './question-link';
import { storedListState } from './question-store-key';
import type { SaveStatus } from './question-store';

// The link codec and the store: one chunk, loaded only when there is a list to read or write.
const loadCodec = () => import('./question-store');

interface Draft {
  ticked: KeyQuestionId[];
  /** Always MAX_OWN slots, as typed ("" for an empty box). */
  own: string[];
}

const toDraft = (list: QuestionList): Draft => ({ ticked: list.ticked, own: Array.from({ length: MAX_OWN }, (_, i) => list.own[i] ?? '') });
const empty: DecodedList = { list: { ticked: [], own: [] }, problems: [] };
const isEmpty = (list: QuestionList) => list.ticked.length === 0 && list.own.length === 0;

/**
 * The question list being edited, and its link. It is kept in this browser (src/safety/question-store.ts)
 * and in the address:
 * - opened through the guide's own links (no list in the query), the page shows the kept list;
 * - opened from a link that holds a list, the page shows the link's list ("links win"), and that list is
 *   kept from then on, replacing the one kept before: what the reader sees is what they find when they
 *   come back (a list a nurse or a relative sent is not lost on the next visit). A query with no list in
 *   it (a tracker's tag, "?v=1") does not count as a list.
 * - every change is kept and put in the address (a reload, the language link or the browser's own share
 *   keep it too); "Clear my list" empties both.
 */
export function useQuestionList() {
  const hydrated = useHydrated();
  const { search } = useLocation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>();
  const [cleared, setCleared] = useState(false);
  // Storage is read only after hydration (the build-time render knows none), and looked at once.
  const kept = useMemo(() => (hydrated ? storedListState(storage()) : 'none'), [hydrated]);
  // The query string is invisible at build time: read it only after hydration, so both renders match.
  const codec = useLazyCodec(loadCodec, hydrated && (search !== '' || draft !== null || kept === 'some'));
  const decoded = useMemo(() => (codec && hydrated ? codec.decodeQuestionLink(search) : empty), [codec, hydrated, search]);
  const fromLink = !isEmpty(decoded.list);
  // The kept list, read once when the codec arrives (what cannot be used is removed then, and told once).
  const stored = useMemo(() => (codec && kept === 'some' ? codec.readStoredList(storage()) : {}), [codec, kept]);
  const list = useMemo(() => draft ?? toDraft(fromLink ? decoded.list : (stored.list ?? decoded.list)), [draft, fromLink, decoded, stored]);
  const link = codec ? codec.encodeQuestionLink(list) : '';
  // Until the codec is there, a link in the address or the kept list is not yet read: it is not "changed" either.
  const reading = hydrated && (search !== '' || kept === 'some') && !codec;

  // Keep what the reader sees: a link's list when opened, then every change. Replace, not push: no
  // history entry per keystroke. Typing is debounced.
  useEffect(() => {
    if (!codec || (!draft && !fromLink)) return;
    const timer = setTimeout(() => {
      if (draft && link !== search) void navigate({ search: link }, { replace: true, preventScrollReset: true });
      setSaveStatus(codec.saveStoredList(storage(), list));
    }, 300);
    return () => clearTimeout(timer);
  }, [draft, fromLink, codec, link, search, navigate, list]);

  // An edit made before the link or the kept list is read would replace it.
  const change = (update: (d: Draft) => Draft) => {
    if (reading) return;
    setCleared(false);
    setDraft((d) => update(d ?? list));
  };
  const problems = draft ? [] : decoded.problems;
  return {
    /** Hydrated, and the link in the address (if any) and the kept list read: the list and its link are the real ones. */
    ready: hydrated && !reading,
    /** The link or the kept list is being read (a moment after the page comes alive): edits would be lost, so the form waits. */
    busy: reading,
    list,
    link,
    /** Own questions as they will be printed and shared. */
    own: list.own.map((o) => o.trim()).filter(Boolean),
    /** What the page says about the link it was opened with, until the reader changes the list. */
    notice: problems.includes('newer-version') ? ('noticeNewer' as const) : problems.length ? ('noticeRecovered' as const) : undefined,
    /**
     * What the page says about keeping the list: it is kept; it could not be (storage full or refused);
     * a kept list could not be read and was removed. Nothing when storage cannot be used at all: the
     * layout's notice (progress) already says this browser keeps nothing.
     */
    storage: (kept === 'unavailable' || saveStatus === 'unavailable' ? undefined : saveStatus === 'unsaved' ? 'unsaved' : stored.dropped ? 'dropped' : 'kept') as
      | 'kept'
      | 'unsaved'
      | 'dropped'
      | undefined,
    /** "Clear my list" was used and nothing was ticked or typed since. */
    cleared,
    toggle: (q: KeyQuestionId, on: boolean) => change((d) => ({ ...d, ticked: keyQuestionIds.filter((k) => (k === q ? on : d.ticked.includes(k))) })),
    setOwn: (index: number, value: string) => change((d) => ({ ...d, own: d.own.map((o, i) => (i === index ? value : o)) })),
    clear: () => {
      if (reading) return;
      setDraft(toDraft(empty.list));
      codec?.clearStoredList(storage());
      setCleared(true);
    },
  };
}
