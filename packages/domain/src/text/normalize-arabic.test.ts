import { describe, expect, it } from 'vitest';
import { normalizeArabic, stripArabicClitics } from './normalize-arabic.js';

describe('normalizeArabic', () => {
  it('removes diacritics and tatweel', () => {
    expect(normalizeArabic('الإِنْسَـــانِ')).toBe('الانسان');
  });
  it('unifies alef, alef maqsura, ta marbuta and hamza carriers', () => {
    expect(normalizeArabic('أإآٱ')).toBe('اااا');
    expect(normalizeArabic('مستشفى')).toBe('مستشفي');
    expect(normalizeArabic('المرأة')).toBe('المراه');
    expect(normalizeArabic('مؤسسة')).toBe('موسسه');
  });
  it('maps Arabic-Indic digits and lower-cases Latin', () => {
    expect(normalizeArabic('الفقرة ١٤٤ CEDAW')).toBe('الفقره 144 cedaw');
  });
});

describe('stripArabicClitics', () => {
  it('strips the article and the conjunction from the start of words', () => {
    expect(stripArabicClitics(normalizeArabic('والمدارس الحكومية'))).toBe('مدارس حكوميه');
    expect(stripArabicClitics('بالمدارس للأطفال')).toBe('مدارس أطفال');
  });
  it('keeps a leading waw that belongs to the word, short words and Latin text', () => {
    expect(stripArabicClitics('وزارة العدل')).toBe('وزارة عدل');
    expect(stripArabicClitics('الى')).toBe('الى');
    expect(stripArabicClitics('le droit')).toBe('le droit');
  });
});
