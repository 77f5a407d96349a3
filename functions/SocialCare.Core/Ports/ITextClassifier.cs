using SocialCare.Core.Classification;

namespace SocialCare.Core.Ports;

/// <summary>Turns a message into a classification. The offline classifier is the default and the fallback.</summary>
public interface ITextClassifier
{
    ValueTask<Classification.Classification> ClassifyAsync(ClassificationInput input, CancellationToken cancellationToken);
}
