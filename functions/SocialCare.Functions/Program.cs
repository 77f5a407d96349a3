using SocialCare.Functions;
using SocialCare.Functions.Demo;

if (args is ["demo", ..]) return await DemoReplay.RunAsync(args[1..]);

var app = SocialCareApp.Build(args);
await app.RunAsync();
return 0;

public partial class Program;
