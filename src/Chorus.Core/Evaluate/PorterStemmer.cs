namespace Chorus.Evaluate;

/// <summary>
/// The original Porter (1980) stemming algorithm as the ROUGE-1.5.5 script applies it: the published rules,
/// with the two later additions of the reference implementation (step 2 "bli"→"ble" in place of "abli"→"able",
/// and "logi"→"log"), and a leading "y" counted as a consonant. Written from the published definition; it is
/// not Lucene's Porter2, whose stems differ and would not reproduce the reference scores.
/// </summary>
public static class PorterStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 2) return word;
        var w = new Word(word);
        w.Step1a(); w.Step1b(); w.Step1c(); w.Step2(); w.Step3(); w.Step4(); w.Step5();
        return w.ToString();
    }

    private sealed class Word(string s)
    {
        private char[] _b = s.ToCharArray();
        private int _k = s.Length - 1; // last index of the current word
        private int _j;                // end of the stem before a matched suffix

        public override string ToString() => new(_b, 0, _k + 1);

        private bool IsConsonant(int i) => _b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        /// <summary>m: the number of VC sequences in b[0..j].</summary>
        private int Measure()
        {
            int n = 0, i = 0;
            while (true) { if (i > _j) return n; if (!IsConsonant(i)) break; i++; }
            i++;
            while (true)
            {
                while (true) { if (i > _j) return n; if (IsConsonant(i)) break; i++; }
                i++; n++;
                while (true) { if (i > _j) return n; if (!IsConsonant(i)) break; i++; }
                i++;
            }
        }

        private bool VowelInStem()
        {
            for (int i = 0; i <= _j; i++) if (!IsConsonant(i)) return true;
            return false;
        }

        private bool DoubleConsonant(int i) => i >= 1 && _b[i] == _b[i - 1] && IsConsonant(i);

        /// <summary>cvc at i-2..i where the last c is not w, x or y.</summary>
        private bool Cvc(int i)
        {
            if (i < 2 || !IsConsonant(i) || IsConsonant(i - 1) || !IsConsonant(i - 2)) return false;
            return _b[i] is not ('w' or 'x' or 'y');
        }

        private bool EndsWith(string suffix)
        {
            int len = suffix.Length;
            if (len > _k + 1) return false;
            for (int i = 0; i < len; i++) if (_b[_k - len + 1 + i] != suffix[i]) return false;
            _j = _k - len;
            return true;
        }

        private void SetTo(string replacement)
        {
            int len = replacement.Length;
            if (_j + 1 + len > _b.Length) Array.Resize(ref _b, _j + 1 + len);
            for (int i = 0; i < len; i++) _b[_j + 1 + i] = replacement[i];
            _k = _j + len;
        }

        private void ReplaceIfMeasured(string replacement) { if (Measure() > 0) SetTo(replacement); }

        public void Step1a()
        {
            if (_b[_k] != 's') return;
            if (EndsWith("sses")) _k -= 2;
            else if (EndsWith("ies")) SetTo("i");
            else if (_k >= 1 && _b[_k - 1] != 's') _k--;
        }

        public void Step1b()
        {
            if (EndsWith("eed")) { if (Measure() > 0) _k--; return; }
            if ((EndsWith("ed") || EndsWith("ing")) && VowelInStem())
            {
                _k = _j;
                if (EndsWith("at")) SetTo("ate");
                else if (EndsWith("bl")) SetTo("ble");
                else if (EndsWith("iz")) SetTo("ize");
                else if (DoubleConsonant(_k)) { if (_b[_k] is not ('l' or 's' or 'z')) _k--; }
                else { _j = _k; if (Measure() == 1 && Cvc(_k)) SetTo("e"); }
            }
        }

        public void Step1c()
        {
            if (EndsWith("y") && VowelInStem()) _b[_k] = 'i';
        }

        private static readonly (string Suffix, string Replacement)[] Step2Rules =
        [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
            ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
            ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
            ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
        ];

        private static readonly (string Suffix, string Replacement)[] Step3Rules =
        [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ];

        private static readonly string[] Step4Suffixes =
            ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize"];

        public void Step2() => ApplyFirst(Step2Rules);

        public void Step3() => ApplyFirst(Step3Rules);

        /// <summary>Only the longest matching suffix is tried, as in the published algorithm.</summary>
        private void ApplyFirst((string Suffix, string Replacement)[] rules)
        {
            if (_k < 1) return;
            foreach (var (suffix, replacement) in rules.OrderByDescending(r => r.Suffix.Length).Where(r => EndsWithNoSet(r.Suffix)).Take(1))
            {
                EndsWith(suffix);
                ReplaceIfMeasured(replacement);
            }
        }

        private bool EndsWithNoSet(string suffix)
        {
            int saved = _j;
            bool r = EndsWith(suffix);
            _j = saved;
            return r;
        }

        public void Step4()
        {
            if (_k < 1) return;
            string? matched = null;
            foreach (var suffix in Step4Suffixes.OrderByDescending(x => x.Length))
                if (EndsWithNoSet(suffix)) { matched = suffix; break; }
            if (matched is null) return;
            EndsWith(matched);
            if (matched == "ion" && !(_j >= 0 && _b[_j] is 's' or 't')) return;
            if (Measure() > 1) _k = _j;
        }

        public void Step5()
        {
            _j = _k;
            if (_b[_k] == 'e')
            {
                int a = Measure();
                if (a > 1 || (a == 1 && !Cvc(_k - 1))) _k--;
            }
            if (_b[_k] == 'l' && DoubleConsonant(_k) && Measure() > 1) _k--;
        }
    }
}
