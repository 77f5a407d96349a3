using Microsoft.Extensions.Options;
using SocialCare.Core.Announcements;
using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;

namespace SocialCare.Functions.Announcements;

public static class AnnouncementsServiceCollectionExtensions
{
    /// <summary>The announcement timer's claims and runner, the shift change its posts make, its options, and the demo schedule seed.</summary>
    public static IServiceCollection AddAnnouncements(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AnnouncementOptions>().BindConfiguration(AnnouncementOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddTransient(sp => new AnnouncementRunner(
            sp.GetRequiredService<IScheduleStore>(),
            sp.GetRequiredService<IAnnouncementClaims>(),
            sp.GetRequiredService<ChannelPublishers>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<AnnouncementOptions>>().Value.ToSettings()));
        services.AddTransient<ShiftChange>();
        services.AddHostedService<DemoScheduleSeeder>();
        return services;
    }
}
