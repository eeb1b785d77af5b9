import { useState } from 'react';
import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PlateKind } from '../../../lib/plate';
import { PlateInput } from './PlateInput';

function Harness() {
  const [value, setValue] = useState('');
  const [kind, setKind] = useState<PlateKind>('blue');
  return (
    <>
      <PlateInput
        value={value}
        kind={kind}
        onChange={(v, k) => {
          setValue(v);
          setKind(k);
        }}
      />
      <span data-testid="out">{`${kind}:${value}`}</span>
    </>
  );
}

const key = (c: HTMLElement, k: string) => c.querySelector(`.plate-key[data-key="${k}"]`) as HTMLElement;

describe('plate keyboard', () => {
  it('enters a green plate: province keys first, then letters and digits, 8 cells with 新能源', () => {
    const { container, getByTestId } = render(<Harness />);
    fireEvent.click(container.querySelector('.plate-energy')!);
    expect(container.querySelectorAll('.plate-cell')).toHaveLength(8);
    expect(key(container, '粤')).toBeTruthy();
    expect(key(container, 'A')).toBeNull();
    fireEvent.click(key(container, '粤'));
    expect(key(container, 'I')).toBeNull();
    expect(key(container, '1').getAttribute('aria-disabled')).toBe('true');
    for (const k of Array.from('AD1234')) fireEvent.click(key(container, k));
    fireEvent.click(container.querySelector('.plate-key--del')!);
    for (const k of Array.from('45')) fireEvent.click(key(container, k));
    expect(getByTestId('out').textContent).toBe('green:粤AD12345');
    // A whole plate closes the keyboard.
    expect(container.querySelector('.plate-keyboard')).toBeNull();
    // Back to blue: 7 characters.
    fireEvent.click(container.querySelector('.plate-energy')!);
    expect(getByTestId('out').textContent).toBe('blue:粤AD1234');
    expect(container.querySelectorAll('.plate-cell')).toHaveLength(7);
  });
});
