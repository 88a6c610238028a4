import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmAction } from '../../src/components/confirm-action';

const words = { label: 'Clear my list', question: 'This removes your list. It cannot be undone.', yes: 'Yes, clear my list', no: 'Cancel' };

describe('a destructive button asks first', () => {
  it('Cancel does nothing and gives focus back; Yes does it once; focus never lands on the page body', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<ConfirmAction {...words} onConfirm={onConfirm} />);
    expect(document.activeElement).toBe(document.body);

    await user.click(screen.getByRole('button', { name: words.label }));
    expect(screen.getByRole('group', { name: words.question })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: words.yes })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: words.no }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: words.label })).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.getByRole('button', { name: words.label })).toHaveFocus();
  });
});
