/**
The demo world of the local API: a few performers, a group with its manager and two
members, and the tokens and keys that open it. Tests elsewhere import these constants.
*/
export type StoredOffer = {
	OfferID: number;
	OfferNumber: number;
	Title: string;
	Duration: number;
	TotalCredits: number;
	ModeID: number;
	CurrentlyAvailable: boolean;
	AllowRateContinue: boolean;
	Incomplete: boolean;
};

export type DemoSettings = {DoesPrivate: boolean; PrivatePPM: number; DoesGroup: boolean; GroupPPM: number};

export type DemoUser = {
	UserID: number;
	Nickname: string;
	EmailAddress: string;
	GroupID: number | null;
	GroupName: string | null;
	IsGroupManager: boolean;
	settings: DemoSettings;
	offers: readonly StoredOffer[];
};

export const demoClientId = 'demo-client';
export const demoApiKey = 'demo-api-key';

export const demoTokens = {
	performer: 'demo-performer-token',
	performer2: 'demo-performer2-token',
	manager: 'demo-manager-token',
	/** Always answers 401. */
	expired: 'expired-token',
	/** ScarlettRose without `account_webcam_bookings`: verifyCredentials works, DirectCam answers 403. */
	noScope: 'no-scope-token',
} as const;

export const allScopes = ['account_webcam_bookings', 'account_information'] as const;

export const demoGroup = {GroupID: 77, GroupName: 'Luna Studio', managerId: 3001, memberIds: [3002, 3003]} as const;

type OfferRow = [id: number, title: string, duration: number, credits: number, mode: 2 | 3, available: boolean, rateContinue: boolean, incomplete?: boolean];

/** OfferNumbers follow the order of the rows, from 1. */
function offers(rows: OfferRow[]): StoredOffer[] {
	return rows.map(([OfferID, Title, Duration, TotalCredits, ModeID, CurrentlyAvailable, AllowRateContinue, Incomplete = false], index) => ({
		OfferID,
		OfferNumber: index + 1,
		Title,
		Duration,
		TotalCredits,
		ModeID,
		CurrentlyAvailable,
		AllowRateContinue,
		Incomplete,
	}));
}

const inLunaStudio = {GroupID: demoGroup.GroupID, GroupName: demoGroup.GroupName};

export const demoUsers: readonly DemoUser[] = [
	{
		UserID: 1001,
		Nickname: 'ScarlettRose',
		EmailAddress: 'scarlett@example.test',
		GroupID: null,
		GroupName: null,
		IsGroupManager: false,
		settings: {DoesPrivate: true, PrivatePPM: 2.5, DoesGroup: true, GroupPPM: 1.2},
		offers: offers([
			[100101, 'Slow strip tease 💋', 10, 30, 3, true, true],
			[100102, 'Lingerie show', 15, 20, 2, true, false],
			[100103, 'Roleplay: the naughty secretary', 30, 75, 3, false, true],
			[100104, 'Shower time 🚿', 20, 45.5, 3, true, false, true],
			[100105, 'Group dance party 🎉', 5, 5, 2, true, true],
		]),
	},
	{
		UserID: 1002,
		Nickname: 'VelvetMoon',
		EmailAddress: 'velvet@example.test',
		GroupID: null,
		GroupName: null,
		IsGroupManager: false,
		settings: {DoesPrivate: true, PrivatePPM: 3, DoesGroup: false, GroupPPM: 0},
		offers: offers([
			[100201, 'Candlelit chat 🕯️', 10, 25, 3, true, true],
			[100202, 'Morning yoga stretch', 20, 24, 2, true, false],
			[100203, 'Midnight whispers', 45, 99.99, 3, false, false],
		]),
	},
	{
		UserID: 3001,
		Nickname: 'StudioLuna',
		EmailAddress: 'luna@example.test',
		...inLunaStudio,
		IsGroupManager: true,
		settings: {DoesPrivate: true, PrivatePPM: 2, DoesGroup: true, GroupPPM: 1},
		offers: offers([
			[300101, 'Studio tour', 5, 6, 2, true, false],
			[300102, 'Behind the scenes 🎬', 15, 30, 3, true, true],
			[300103, 'Q&A with the team', 30, 18, 2, false, false],
		]),
	},
	{
		UserID: 3002,
		Nickname: 'AmberSky',
		EmailAddress: 'amber@example.test',
		...inLunaStudio,
		IsGroupManager: false,
		settings: {DoesPrivate: true, PrivatePPM: 2.2, DoesGroup: true, GroupPPM: 1.1},
		offers: offers([
			[300201, 'Sunset tease 🌅', 10, 20, 3, true, true],
			[300202, 'Dance for you', 15, 15, 2, true, false],
			[300203, 'Cosplay special', 25, 60, 3, false, true],
			[300204, 'A long, slow chat', 60, 36, 3, true, true],
		]),
	},
	{
		UserID: 3003,
		Nickname: 'IvyNight',
		EmailAddress: 'ivy@example.test',
		...inLunaStudio,
		IsGroupManager: false,
		settings: {DoesPrivate: true, PrivatePPM: 1.8, DoesGroup: true, GroupPPM: 0.9},
		offers: offers([
			[300301, 'Garden party 🌸', 10, 12, 2, true, false],
			[300302, 'Poetry & wine', 20, 30, 3, true, true, true],
			[300303, 'Workout together', 30, 25, 2, false, false],
			[300304, 'Private dance', 5, 9.99, 3, true, false],
			[300305, 'Late-night talk', 40, 48, 3, true, true],
		]),
	},
];

export function demoUser(userId: number): DemoUser | undefined {
	return demoUsers.find(user => user.UserID === userId);
}

const seedTitles = ['Tease', 'Dance', 'Chat', 'Roleplay', 'Show 🔥', 'Workout', 'Story time ✨'];

/** Valid offers for scale tests. Their IDs (userId × 10 000 + n) never meet the demo ones. */
export function generateOffers(userId: number, count: number): StoredOffer[] {
	return Array.from({length: count}, (_, index) => {
		const number = index + 1;
		const Duration = 5 + (index % 12) * 5;
		const pricePerMinute = 0.6 + (index % 5) * 0.35;
		return {
			OfferID: userId * 10_000 + number,
			OfferNumber: number,
			Title: `${seedTitles[index % seedTitles.length]!} #${number}`,
			Duration,
			TotalCredits: Math.max(5, Math.ceil(Duration * pricePerMinute * 100) / 100),
			ModeID: number % 2 === 0 ? 2 : 3,
			CurrentlyAvailable: number % 4 !== 0,
			AllowRateContinue: number % 3 === 0,
			Incomplete: false,
		};
	});
}
