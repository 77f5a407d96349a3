using SocialCare.Functions.Evaluation;
using SocialCare.Functions;
using SocialCare.Core.Classification.Evaluation;
using SocialCare.Functions.Demo;

if (args is ["demo", ..]) return await DemoReplay.RunAsync(args[1..]);
if (args is ["eval", ..]) return EvaluationCommand.Run(args[1..], Console.Out);
if (args is ["train", ..]) return TrainCommand.Run(args[1..], Console.Out, TimeProvider.System);

var app = SocialCareApp.Build(args);
await app.RunAsync();
return 0;

public partial class Program;
