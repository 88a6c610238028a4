import type { Lang } from '../content/types';
import { useProgress } from '../progress/use-progress';
import { HandoutBody } from './handout-body';
import type { AskDoctorText, HandoutModule } from './handout-content';
import type { Handout } from './handout-link';

interface Props {
  lang: Lang;
  title: string;
  handout: Handout;
  modules: HandoutModule[];
  ask: AskDoctorText;
  unavailable: string[];
}

/** A handout as the patient sees it, with their own progress per part. Loaded after hydration (the handout is in the query). */
export default function HandoutView(props: Props) {
  const { progress } = useProgress();
  return (
    <div className="handout-sheet">
      <HandoutBody {...props} level={1} progress={progress.modules} printLink={{ url: window.location.href }} />
    </div>
  );
}
