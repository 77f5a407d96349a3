using SocialCare.Core.Classification.Corrections;

namespace SocialCare.Core.Ports;

/// <summary>Every intent or priority correction the agents made, kept as training examples; none is ever overwritten.</summary>
public interface ILabelCorrectionStore
{
    Task AddAsync(LabelCorrection correction, CancellationToken cancellationToken);

    /// <summary>Oldest first.</summary>
    IAsyncEnumerable<LabelCorrection> ListAsync(CancellationToken cancellationToken);
}
