import { useEffect, useState } from 'react';

/**
 * A link kind's codec, loaded only once it is `needed`: when the page was opened with a link to
 * read, or the reader has made a list to write. The share-link core is about 3 KB gzip that most
 * visits never use. `load` must be a stable function (declared at module level).
 */
export function useLazyCodec<M>(load: () => Promise<M>, needed: boolean): M | undefined {
  const [codec, setCodec] = useState<M>();
  useEffect(() => {
    if (!needed || codec) return;
    let live = true;
    void load().then((module) => live && setCodec(() => module));
    return () => {
      live = false;
    };
  }, [load, needed, codec]);
  return codec;
}
