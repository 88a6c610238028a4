import type { FigureProps } from './figure-props';

const INK = '#1a1a1a';
const BLUE = '#1d4f91';
const ROW_Y = 40;
const ROW_H = 84;

/** Papers: a page with a folded corner and text lines. */
function Papers({ x, y }: { x: number; y: number }) {
  return (
    <g fill="none" stroke={BLUE} strokeWidth={2.5}>
      <path d={`M${x} ${y} L${x + 18} ${y} L${x + 26} ${y + 8} L${x + 26} ${y + 34} L${x} ${y + 34} Z`} />
      <line x1={x + 5} y1={y + 14} x2={x + 21} y2={y + 14} />
      <line x1={x + 5} y1={y + 21} x2={x + 21} y2={y + 21} />
      <line x1={x + 5} y1={y + 28} x2={x + 16} y2={y + 28} />
    </g>
  );
}

/** Look up: a magnifying glass. */
function Magnifier({ x, y }: { x: number; y: number }) {
  return (
    <g fill="none" stroke={BLUE} strokeWidth={3} strokeLinecap="round">
      <circle cx={x + 12} cy={y + 12} r={10} />
      <line x1={x + 19} y1={y + 19} x2={x + 30} y2={y + 32} />
    </g>
  );
}

/** Place and price: a hospital building with a cross. */
function Hospital({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <rect x={x} y={y + 6} width={30} height={28} fill="none" stroke={BLUE} strokeWidth={2.5} />
      <rect x={x + 12} y={y + 10} width={6} height={16} fill={BLUE} />
      <rect x={x + 7} y={y + 15} width={16} height={6} fill={BLUE} />
    </g>
  );
}

/** Your doctor: a person with a speech bubble. */
function Doctor({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <circle cx={x + 10} cy={y + 10} r={7} fill={BLUE} />
      <path d={`M${x - 2} ${y + 34} Q${x - 2} ${y + 19} ${x + 10} ${y + 19} Q${x + 22} ${y + 19} ${x + 22} ${y + 34} Z`} fill={BLUE} />
      <path d={`M${x + 22} ${y} L${x + 34} ${y} L${x + 34} ${y + 10} L${x + 27} ${y + 10} L${x + 24} ${y + 14} L${x + 24} ${y + 10} L${x + 22} ${y + 10} Z`} fill="none" stroke={BLUE} strokeWidth={2} />
    </g>
  );
}

const icons = [Papers, Magnifier, Hospital, Doctor];

/** The four checks before agreeing to a cell treatment, as numbered rows with a picture each; the words are the step's list in short. */
export default function InfusionFourChecks({ labels }: FigureProps) {
  return (
    <svg viewBox={`0 0 360 ${ROW_Y + 4 * ROW_H}`} width="100%" aria-hidden="true" focusable="false" fontFamily="system-ui, sans-serif">
      <text x={180} y={24} textAnchor="middle" fontSize={16} fontWeight={700} fill={INK}>
        {labels['heading']}
      </text>
      {icons.map((Icon, i) => {
        const y = ROW_Y + i * ROW_H;
        return (
          <g key={i}>
            <rect x={8} y={y} width={344} height={ROW_H - 10} rx={10} fill="#f3f5f8" stroke={BLUE} strokeWidth={1.5} />
            <circle cx={34} cy={y + 37} r={16} fill={BLUE} />
            <text x={34} y={y + 43} textAnchor="middle" fontSize={17} fontWeight={700} fill="#ffffff">
              {i + 1}
            </text>
            <Icon x={62} y={y + 19} />
            <text x={108} y={y + 32} fontSize={16} fontWeight={700} fill={INK}>
              {labels[`check${i + 1}`]}
            </text>
            <text x={108} y={y + 56} fontSize={14} fill={INK}>
              {labels[`check${i + 1}Detail`]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
