// Texts of the signed-in pages (zh-CN), one file so that they arrive in one request after sign-in.
import accounts from './accounts';
import branches from './branches';
import { campaignsZh } from './campaigns';
import { commendationZh } from './commendation';
import dashboard from './dashboard';
import messageChannels from './message-channels';
import organisations from './organisations';
import { recommendationsZh } from './recommendations';
import scoring from './scoring';
import webhooks from './webhooks';

const signedInZh = {
  ...branches,
  ...accounts,
  ...scoring,
  ...campaignsZh,
  ...dashboard,
  ...commendationZh,
  ...organisations,
  ...recommendationsZh,
  ...messageChannels,
  ...webhooks,
};
export default signedInZh;
