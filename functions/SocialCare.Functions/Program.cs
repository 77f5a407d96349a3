using SocialCare.Functions;

var app = SocialCareApp.Build(args);
await app.RunAsync();

public partial class Program;
