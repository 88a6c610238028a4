import type { FigureProps } from './figure-props';

const INK = '#1a1a1a';
const BLUE = '#1d4f91';
const GREEN = '#1e6b3a';

/** Arrow pointing down, drawn as a line and a filled head (no marker ids, so several copies can share a page). */
function DownArrow({ x, y1, y2 }: { x: number; y1: number; y2: number }) {
  return (
    <g>
      <line x1={x} y1={y1} x2={x} y2={y2 - 10} stroke={INK} strokeWidth={3} />
      <polygon points={`${x - 8},${y2 - 12} ${x + 8},${y2 - 12} ${x},${y2}`} fill={INK} />
    </g>
  );
}

/** Where infusion cells come from: your own body or a donor, then a lab, then usually a drip into a vein. */
export default function InfusionCellSources({ labels }: FigureProps) {
  return (
    <svg viewBox="0 0 360 400" width="100%" aria-hidden="true" focusable="false">
      {/* Your own body: solid border, filled person */}
      <rect x={10} y={10} width={160} height={120} rx={10} fill="#e8f0fb" stroke={BLUE} strokeWidth={3} />
      <circle cx={90} cy={30} r={9} fill={BLUE} />
      <path d="M74 56 Q74 41 90 41 Q106 41 106 56 Z" fill={BLUE} />
      <text x={90} y={76} textAnchor="middle" fontSize={16} fontWeight={700} fill={INK}>
        {labels['ownTitle']}
      </text>
      <text x={90} y={98} textAnchor="middle" fontSize={15} fill={INK}>
        {labels['ownTerm']}
      </text>
      <text x={90} y={120} textAnchor="middle" fontSize={15} fill={INK}>
        {labels['ownExample']}
      </text>

      {/* A donor: dashed border, outlined person with a heart */}
      <rect
        x={190}
        y={10}
        width={160}
        height={120}
        rx={10}
        fill="#ffffff"
        stroke={BLUE}
        strokeWidth={3}
        strokeDasharray="8 5"
      />
      <circle cx={262} cy={30} r={9} fill="none" stroke={BLUE} strokeWidth={2.5} />
      <path d="M246 56 Q246 41 262 41 Q278 41 278 56 Z" fill="none" stroke={BLUE} strokeWidth={2.5} />
      <path d="M290 36 C290 30 298 30 298 36 C298 30 306 30 306 36 C306 42 298 47 298 50 C298 47 290 42 290 36 Z" fill={BLUE} />
      <text x={270} y={76} textAnchor="middle" fontSize={16} fontWeight={700} fill={INK}>
        {labels['donorTitle']}
      </text>
      <text x={270} y={98} textAnchor="middle" fontSize={15} fill={INK}>
        {labels['donorTerm']}
      </text>
      <text x={270} y={120} textAnchor="middle" fontSize={15} fill={INK}>
        {labels['donorExample']}
      </text>

      <DownArrow x={90} y1={130} y2={170} />
      <DownArrow x={270} y1={130} y2={170} />

      {/* Lab: grey box with a flask */}
      <rect x={10} y={170} width={340} height={80} rx={10} fill="#f2f2f2" stroke={INK} strokeWidth={2} />
      <path d="M34 186 L46 186 M37 186 L37 204 L27 234 L55 234 L45 204 L45 186" fill="none" stroke={INK} strokeWidth={2.5} />
      <path d="M31 224 L51 224 L55 234 L27 234 Z" fill={INK} />
      <text x={200} y={202} textAnchor="middle" fontSize={16} fontWeight={700} fill={INK}>
        {labels['labTitle']}
      </text>
      <text x={200} y={228} textAnchor="middle" fontSize={15} fill={INK}>
        {labels['labText']}
      </text>

      <DownArrow x={180} y1={250} y2={290} />

      {/* Given to you: green box with a drip bag */}
      <rect x={10} y={290} width={340} height={100} rx={10} fill="#eaf5ee" stroke={GREEN} strokeWidth={3} />
      <rect x={24} y={304} width={28} height={36} rx={5} fill="none" stroke={GREEN} strokeWidth={2.5} />
      <line x1={38} y1={340} x2={38} y2={378} stroke={GREEN} strokeWidth={2.5} />
      <circle cx={38} cy={352} r={3} fill={GREEN} />
      <text x={205} y={330} textAnchor="middle" fontSize={16} fontWeight={700} fill={INK}>
        {labels['veinTitle']}
      </text>
      <text x={205} y={358} textAnchor="middle" fontSize={15} fill={INK}>
        {labels['veinText']}
      </text>
    </svg>
  );
}
