import { describe, expect, it } from 'vitest';
import { parseEspeakIpa } from './espeak-ipa';

describe('parseEspeakIpa', () => {
  it('splits clauses, drops phoneme separators and keeps word spaces', () => {
    expect(parseEspeakIpa('h_ə_l_ˈoʊ w_ˈɜː_l_d | d_ˈɑː_k_t_ɚ')).toEqual([
      'həlˈoʊ wˈɜːld',
      'dˈɑːktɚ',
    ]);
  });

  it('removes language-switch flags and stray separators', () => {
    expect(parseEspeakIpa('l_ə- (en)_w_iː_k_ˈɛ_n_d_(fr) | θ_ɹ_ˈiː_ ˌiː_dʒ_ˈiː')).toEqual([
      'lə- wiːkˈɛnd',
      'θɹˈiː ˌiːdʒˈiː',
    ]);
  });

  it('gives no clause for empty output', () => {
    expect(parseEspeakIpa('')).toEqual([]);
    expect(parseEspeakIpa(' | ')).toEqual([]);
  });
});
