using SocialCare.Bench;

return await BenchCommands.RunAsync(args);
