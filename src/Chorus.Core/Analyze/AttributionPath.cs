using Chorus.Segment;

namespace Chorus.Analyze;

/// <summary>Which rule gave a quotation its speaker. Kept per outlet's quotation so that each rule's precision can be
/// counted against annotations (<c>eval-analysis --misses</c>): a rule that is wrong on unseen prose shows itself.</summary>
public enum AttributionPath
{
    /// <summary>No rule named a speaker.</summary>
    None,
    /// <summary>"…," said Jo Roe / "…," Jo Roe said: the name right after the quotation.</summary>
    NamedAfter,
    /// <summary>Jo Roe said: "…": the name right before the quotation.</summary>
    NamedBefore,
    /// <summary>"…," says Jo Roe, "…": the attribution between two parts.</summary>
    BetweenParts,
    /// <summary>Keilar: "…": a transcript line.</summary>
    Transcript,
    /// <summary>"…,\uFFFD? Roe said.": a garbled closing mark ended the sentence; the attribution opens the next.</summary>
    NamedInNextSentence,
    /// <summary>"Roe asked if …, "…," she added": the pronoun's person speaks earlier in the same sentence.</summary>
    PronounNamedInSentence,
    /// <summary>"…," Roe said. "…," she added: the pronoun goes on with the quotation that opened the sentence before.</summary>
    PronounAfterQuotedSpeaker,
    /// <summary>"…," he said, and an earlier sentence has its subject speaking ("Roe, who …, said …").</summary>
    PronounToSpeakingSubject,
    /// <summary>"…," he said, and an earlier sentence ends in its attribution ("…, spokesman Jo Roe said.").</summary>
    PronounToFinalAttribution,
    /// <summary>"…," he said, and the sentence right before opens with the person ("Roe referenced …").</summary>
    PronounToSentenceSubject,
    /// <summary>"…," he said, and the sentence right before introduces the person by role, then name.</summary>
    PronounToApposedSubject,
    /// <summary>"…," he said after sentences all led by "he" since the last attributed quotation.</summary>
    PronounThroughPronounSentences,
    /// <summary>"Roe said yesterday that … "…"": the one person speaking earlier in the sentence.</summary>
    ReportedSpeechSubject,
    /// <summary>"Jo Roe addressed the claims, saying, "…"": the subject of the participle.</summary>
    ParticipleSubject,
    /// <summary>"a dissent by Justice Roe in which he said "…"": the one person named with "by".</summary>
    RemarkBy,
    /// <summary>"He was not specific, saying: "…"": a participle whose subject is a pronoun.</summary>
    PronounParticiple,
    /// <summary>"… "…" …, according to Roe.": a person as the source.</summary>
    AccordingTo,
    /// <summary>A quotation opening the sentence after a quoted speaker's, with no attribution of its own.</summary>
    QuotationGoingOn,
    /// <summary>"…," he said, and the nearest sentence naming anyone names one person only, who speaks in the article.</summary>
    PronounToOnlyPersonBefore,
    /// <summary>"…," the sheriff said, and the article names one person with that role ("Sheriff Leon Lott").</summary>
    RoleNamedInArticle,
    /// <summary>A paragraph opening with an unattributed quotation under one person's reported speech ("Roe said that …").</summary>
    ParagraphAfterReportedSpeech,
    /// <summary>"Jo Roe called the move "…"": the person the sentence opens with calls something by the words.</summary>
    Characterization,
    /// <summary>"“…” in the war, Roe said.": the narrator's words finish the sentence, then the attribution.</summary>
    NamedAfterWords,
    /// <summary>"“…,” the statement says" after "Harbor Light released a statement": the body that issued it.</summary>
    StatementIssuer,
    /// <summary>"…," said King, who …: a surname that is also a title word, the article naming "Peter King".</summary>
    TitleWordSurname,
    /// <summary>"“…,” Roe was quoted as saying", "the site quoted Jo Roe as saying: “…”".</summary>
    QuotedAsSaying,
    /// <summary>"…," she said in a profile or an obituary: the one person the article is about, no one else named since.</summary>
    PronounToArticleSubject,
}

/// <summary>One outlet's quotation with the speaker its own text gives (full name completed) and the rule that gave
/// it; <see cref="QuoteExtractor"/> merges these across outlets into <see cref="Quote"/>s.</summary>
public sealed record QuoteAttribution(string? Speaker, string Text, IReadOnlyList<Sentence> Sentences, bool Inferred, AttributionPath Path);
