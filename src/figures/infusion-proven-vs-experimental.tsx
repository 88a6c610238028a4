import type { FigureProps } from './figure-props';

const INK = '#1a1a1a';
const GREEN = '#1e6b3a';
const BROWN = '#8a4b00';

/** Proven (tick, solid border) versus still being tested (test tube, dashed border). */
export default function InfusionProvenVsExperimental({ labels }: FigureProps) {
  return (
    <svg viewBox="0 0 360 336" width="100%" aria-hidden="true" focusable="false">
      {/* Proven: solid border, tick in a circle */}
      <rect x={10} y={10} width={340} height={148} rx={10} fill="#eaf5ee" stroke={GREEN} strokeWidth={3} />
      <circle cx={40} cy={40} r={17} fill={GREEN} />
      <path d="M31 40 L38 47 L50 33" fill="none" stroke="#ffffff" strokeWidth={4} strokeLinecap="round" strokeLinejoin="round" />
      <text x={68} y={47} fontSize={18} fontWeight={700} fill={INK}>
        {labels['provenTitle']}
      </text>
      <text x={24} y={88} fontSize={16} fill={INK}>
        {labels['provenLine1']}
      </text>
      <text x={24} y={113} fontSize={16} fill={INK}>
        {labels['provenLine2']}
      </text>
      <text x={24} y={138} fontSize={16} fill={INK}>
        {labels['provenLine3']}
      </text>

      {/* Still being tested: dashed border, test tube */}
      <rect
        x={10}
        y={178}
        width={340}
        height={148}
        rx={10}
        fill="#fff6ea"
        stroke={BROWN}
        strokeWidth={3}
        strokeDasharray="8 5"
      />
      <path d="M33 190 L33 222 Q33 230 40 230 Q47 230 47 222 L47 190" fill="none" stroke={BROWN} strokeWidth={3} />
      <line x1={29} y1={190} x2={51} y2={190} stroke={BROWN} strokeWidth={3} />
      <path d="M33 210 L47 210 L47 222 Q47 230 40 230 Q33 230 33 222 Z" fill={BROWN} />
      <text x={68} y={215} fontSize={18} fontWeight={700} fill={INK}>
        {labels['testedTitle']}
      </text>
      <text x={24} y={256} fontSize={16} fill={INK}>
        {labels['testedLine1']}
      </text>
      <text x={24} y={281} fontSize={16} fill={INK}>
        {labels['testedLine2']}
      </text>
      <text x={24} y={306} fontSize={16} fill={INK}>
        {labels['testedLine3']}
      </text>
    </svg>
  );
}
