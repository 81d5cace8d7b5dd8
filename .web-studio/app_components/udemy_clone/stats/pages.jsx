
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {ClientSide,ColorModeContext,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import {useStateContext} from "$/utils/context-registry"
import {Avatar as RadixThemesAvatar,Badge as RadixThemesBadge,Box as RadixThemesBox,Button as RadixThemesButton,Code as RadixThemesCode,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Popover as RadixThemesPopover,SegmentedControl as RadixThemesSegmentedControl,Table as RadixThemesTable,Text as RadixThemesText,Tooltip as RadixThemesTooltip} from "@radix-ui/themes"
import {Link as ReactRouterLink} from "react-router"
import LucideShoppingCart from "lucide-react/dist/esm/icons/shopping-cart.mjs"
import LucideBell from "lucide-react/dist/esm/icons/bell.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucideRotateCcw from "lucide-react/dist/esm/icons/rotate-ccw.mjs"
import {Area as RechartsArea,Bar as RechartsBar,CartesianGrid as RechartsCartesianGrid,Legend as RechartsLegend,Line as RechartsLine,ResponsiveContainer as RechartsResponsiveContainer,Tooltip as RechartsTooltip,XAxis as RechartsXAxis,YAxis as RechartsYAxis} from "recharts"
import {PrismAsyncLight as SyntaxHighlighter} from "react-syntax-highlighter"
import oneLight from "react-syntax-highlighter/dist/esm/styles/prism/one-light"
import oneDark from "react-syntax-highlighter/dist/esm/styles/prism/one-dark"

const RechartsAreaChart = ClientSide(() => import('recharts').then((mod) => mod.AreaChart), "RechartsAreaChart")
const RechartsBarChart = ClientSide(() => import('recharts').then((mod) => mod.BarChart), "RechartsBarChart")
const RechartsLineChart = ClientSide(() => import('recharts').then((mod) => mod.LineChart), "RechartsLineChart")






export const Form_root_a02590c83a6eceaacbb70e0e487926b4_a5bb35a7 = /*#__PURE__*/ (() => {
const Form_root_a02590c83a6eceaacbb70e0e487926b4_a5bb35a7 = memo(({children, ...rest}) => {
    
    const handleSubmit_ae2895155b0feff46710148dcda197ff = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___ui___layout____search_box_state.submit", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_ae2895155b0feff46710148dcda197ff }))},children)
    )
});
Form_root_a02590c83a6eceaacbb70e0e487926b4_a5bb35a7.displayName = "Form";
return Form_root_a02590c83a6eceaacbb70e0e487926b4_a5bb35a7;
})();

export const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_a5bb35a7 = /*#__PURE__*/ (() => {
const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_instructor_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7f2407aa9fa95036d5711d498ce6a556_a5bb35a7.displayName = "Cond";
return Cond_comp_7f2407aa9fa95036d5711d498ce6a556_a5bb35a7;
})();

export const Link_link_bc007e1d4013bba9d25a5892594eaf02_a5bb35a7 = /*#__PURE__*/ (() => {
const Link_link_bc007e1d4013bba9d25a5892594eaf02_a5bb35a7 = memo(({children, ...rest}) => {
    const ref_nav_cart = useRef(null); refs["ref_nav_cart"] = ref_nav_cart;

                useEffect(() => {
                    ((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___orders___state____cart_state.refresh_count", ({  }), ({  })))], args, ({  }))))()
                    return () => {
                        
                    }
                }, []);
const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
const ref_cart_count = useRef(null); refs["ref_cart_count"] = ref_cart_count;
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":"Cart", asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), id:"nav-cart", ref:ref_nav_cart }))},jsx(ReactRouterLink,{to:"/cart"},jsx(RadixThemesBox,{css:({ ["position"] : "relative", ["display"] : "flex", ["padding"] : "4px" })},jsx(LucideShoppingCart,{css:({ ["color"] : "var(--gray-12)" }),size:22},),jsx(Fragment,{},((reflex___state____state__udemy_clone___orders___state____cart_state.count_rx_state_ > 0)?(jsx(Fragment,{},jsx(RadixThemesBadge,{css:({ ["position"] : "absolute", ["top"] : "-8px", ["right"] : "-10px" }),id:"cart-count",radius:"full",ref:ref_cart_count,size:"1",variant:"solid"},reflex___state____state__udemy_clone___orders___state____cart_state.count_rx_state_))):(jsx(Fragment,{},)))))))
    )
});
Link_link_bc007e1d4013bba9d25a5892594eaf02_a5bb35a7.displayName = "Link";
return Link_link_bc007e1d4013bba9d25a5892594eaf02_a5bb35a7;
})();

export const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_a5bb35a7 = /*#__PURE__*/ (() => {
const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_authenticated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c76d30685520d67f44df1ad0d1b37b81_a5bb35a7.displayName = "Cond";
return Cond_comp_c76d30685520d67f44df1ad0d1b37b81_a5bb35a7;
})();

export const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_a5bb35a7 = /*#__PURE__*/ (() => {
const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_a5bb35a7 = memo(({children, ...rest}) => {
    
                useEffect(() => {
                    ((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.connect", ({  }), ({  })))], args, ({  }))))()
                    return () => {
                        
                    }
                }, []);
const ref_notification_bell = useRef(null); refs["ref_notification_bell"] = ref_notification_bell;
const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
const ref_notification_count = useRef(null); refs["ref_notification_count"] = ref_notification_count;
    return(
        jsx(RadixThemesPopover.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesBox,{css:({ ["position"] : "relative", ["display"] : "inline-flex" })},jsx(RadixThemesIconButton,{"aria-label":"Notifications",color:"gray",css:({ ["padding"] : "6px" }),id:"notification-bell",ref:ref_notification_bell,size:"2",variant:"ghost"},jsx(LucideBell,{size:24},)),jsx(Fragment,{},((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.unread_rx_state_ > 0)?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"red",css:({ ["position"] : "absolute", ["top"] : "-4px", ["right"] : "-6px", ["pointerEvents"] : "none" }),id:"notification-count",radius:"full",ref:ref_notification_count,size:"1",variant:"solid"},reflex___state____state__udemy_clone___notifications___state____notification_bell_state.badge_rx_state_))):(jsx(Fragment,{},))))))
    )
});
Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_a5bb35a7.displayName = "PopoverTrigger";
return Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_a5bb35a7;
})();

export const Button_button_b13704c674ab450b651bd900829fb1b2_a5bb35a7 = /*#__PURE__*/ (() => {
const Button_button_b13704c674ab450b651bd900829fb1b2_a5bb35a7 = memo(({children, ...rest}) => {
    const ref_bell_read_all = useRef(null); refs["ref_bell_read_all"] = ref_bell_read_all;
const on_click_c48acf008b7b7897088237ace35bae76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.read_all", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"bell-read-all", onClick:on_click_c48acf008b7b7897088237ace35bae76, ref:ref_bell_read_all, size:"1", variant:"ghost" }))},children)
    )
});
Button_button_b13704c674ab450b651bd900829fb1b2_a5bb35a7.displayName = "Button";
return Button_button_b13704c674ab450b651bd900829fb1b2_a5bb35a7;
})();

export const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_a5bb35a7 = /*#__PURE__*/ (() => {
const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.unread_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_a5bb35a7.displayName = "Cond";
return Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_a5bb35a7;
})();

export const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_a5bb35a7 = /*#__PURE__*/ (() => {
const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_ ?? [],((item_rx_state_,index_6daddadee4aa9425a4f86176fcfa2c7a)=>(jsx(RadixThemesBox,{className:"bell-item",css:({ ["padding"] : "8px 10px", ["borderRadius"] : "8px", ["cursor"] : "pointer", ["&:hover"] : ({ ["background"] : "var(--gray-a3)" }), ["width"] : "100%" }),key:index_6daddadee4aa9425a4f86176fcfa2c7a,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.open_item", ({ ["notification_id"] : item_rx_state_?.["id"], ["link"] : item_rx_state_?.["link"] }), ({  })))], [_e], ({  }))))},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesBox,{css:({ ["width"] : "8px", ["height"] : "8px", ["borderRadius"] : "50%", ["background"] : ((item_rx_state_?.["unread"]?.valueOf?.() === "1"?.valueOf?.()) ? "var(--violet-9)" : "transparent"), ["flexShrink"] : "0", ["marginTop"] : "6px" })},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-12)" }),size:"2",weight:"medium"},item_rx_state_?.["title"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1",trim:"both"},item_rx_state_?.["body"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-9)" }),size:"1"},item_rx_state_?.["when"])))))))
    )
});
Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_a5bb35a7.displayName = "Foreach";
return Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_a5bb35a7;
})();

export const Cond_comp_a0872316f3556fe4f283dec9e29bb563_a5bb35a7 = /*#__PURE__*/ (() => {
const Cond_comp_a0872316f3556fe4f283dec9e29bb563_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a0872316f3556fe4f283dec9e29bb563_a5bb35a7.displayName = "Cond";
return Cond_comp_a0872316f3556fe4f283dec9e29bb563_a5bb35a7;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_a5bb35a7 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_a5bb35a7 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
const ref_nav_user_name = useRef(null); refs["ref_nav_user_name"] = ref_nav_user_name;
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(RadixThemesAvatar,{color:"violet",fallback:reflex___state____state__udemy_clone___ui___state____auth_state.initials_rx_state_,radius:"full",size:"2"},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),id:"nav-user-name",ref:ref_nav_user_name,weight:"medium"},reflex___state____state__udemy_clone___ui___state____auth_state.user_name_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_a5bb35a7.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_a5bb35a7;
})();

export const Bare_comp_675eab77cede8a150ef68b356e75fc75_a5bb35a7 = /*#__PURE__*/ (() => {
const Bare_comp_675eab77cede8a150ef68b356e75fc75_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        reflex___state____state__udemy_clone___ui___state____auth_state.user_email_rx_state_
    )
});
Bare_comp_675eab77cede8a150ef68b356e75fc75_a5bb35a7.displayName = "Bare";
return Bare_comp_675eab77cede8a150ef68b356e75fc75_a5bb35a7;
})();

export const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_a5bb35a7 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_a5bb35a7 = memo(({children, ...rest}) => {
    const on_click_2b1e02c900652bff2ec76415088266f1 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_2b1e02c900652bff2ec76415088266f1 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_a5bb35a7.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_a5bb35a7;
})();

export const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_a5bb35a7 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_a5bb35a7 = memo(({children, ...rest}) => {
    const on_click_718463886b56c6e6156913bf6d3bcc82 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/my-courses", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_718463886b56c6e6156913bf6d3bcc82 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_a5bb35a7.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_a5bb35a7;
})();

export const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_a5bb35a7 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_a5bb35a7 = memo(({children, ...rest}) => {
    const on_click_43da550a0dd1f55905e69ae21ef3aeff = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/orders", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_43da550a0dd1f55905e69ae21ef3aeff }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_a5bb35a7.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_a5bb35a7;
})();

export const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_a5bb35a7 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_a5bb35a7 = memo(({children, ...rest}) => {
    const on_click_dce2c65e320991eb867daaffd64b9465 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/studio", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_dce2c65e320991eb867daaffd64b9465 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_a5bb35a7.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_a5bb35a7;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_a5bb35a7 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_a5bb35a7 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_a5bb35a7.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_a5bb35a7;
})();

export const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_a5bb35a7 = /*#__PURE__*/ (() => {
const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_a5bb35a7.displayName = "Cond";
return Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_a5bb35a7;
})();

export const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_a5bb35a7 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_a5bb35a7 = memo(({children, ...rest}) => {
    const ref_sign_out = useRef(null); refs["ref_sign_out"] = ref_sign_out;
const on_click_13789f52a8e81f4d386bbe9525ff387b = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___ui___state____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ css:({ ["color"] : "red" }), id:"sign-out", onClick:on_click_13789f52a8e81f4d386bbe9525ff387b, ref:ref_sign_out }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_a5bb35a7.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_a5bb35a7;
})();

export const Cond_comp_644a28c62b0cb4d350fe6b3f8a8aef55_a5bb35a7 = /*#__PURE__*/ (() => {
const Cond_comp_644a28c62b0cb4d350fe6b3f8a8aef55_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____instructor_analytics_state = useStateContext("reflex___state____state.udemy_clone___stats___state____instructor_analytics_state")
    return(
        ((reflex___state____state__udemy_clone___stats___state____instructor_analytics_state.course_id_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_644a28c62b0cb4d350fe6b3f8a8aef55_a5bb35a7.displayName = "Cond";
return Cond_comp_644a28c62b0cb4d350fe6b3f8a8aef55_a5bb35a7;
})();

export const Bare_comp_b75a2c86b2ae1668e28fda2c0df7276b_a5bb35a7 = /*#__PURE__*/ (() => {
const Bare_comp_b75a2c86b2ae1668e28fda2c0df7276b_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____instructor_analytics_state = useStateContext("reflex___state____state.udemy_clone___stats___state____instructor_analytics_state")
    return(
        ((reflex___state____state__udemy_clone___stats___state____instructor_analytics_state.course_id_rx_state_ > 0) ? reflex___state____state__udemy_clone___stats___state____instructor_analytics_state.course_title_rx_state_ : "Analytics of your courses")
    )
});
Bare_comp_b75a2c86b2ae1668e28fda2c0df7276b_a5bb35a7.displayName = "Bare";
return Bare_comp_b75a2c86b2ae1668e28fda2c0df7276b_a5bb35a7;
})();

export const Bare_comp_c980f14ae785560ec09c788672f7a99f_a5bb35a7 = /*#__PURE__*/ (() => {
const Bare_comp_c980f14ae785560ec09c788672f7a99f_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____instructor_analytics_state = useStateContext("reflex___state____state.udemy_clone___stats___state____instructor_analytics_state")
    return(
        reflex___state____state__udemy_clone___stats___state____instructor_analytics_state.generated_rx_state_
    )
});
Bare_comp_c980f14ae785560ec09c788672f7a99f_a5bb35a7.displayName = "Bare";
return Bare_comp_c980f14ae785560ec09c788672f7a99f_a5bb35a7;
})();

export const Segmentedcontrolroot_segmentedcontrol__root_4794c705e6391d7dbfd802fbeaea32b6_a5bb35a7 = /*#__PURE__*/ (() => {
const Segmentedcontrolroot_segmentedcontrol__root_4794c705e6391d7dbfd802fbeaea32b6_a5bb35a7 = memo(({children, ...rest}) => {
    const ref_period_picker = useRef(null); refs["ref_period_picker"] = ref_period_picker;
const on_change_193d0c5eebd7db0514d01aed1c503b68 = useCallback(((_value) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___stats___state____instructor_analytics_state.choose_days", ({ ["value"] : _value }), ({  })))], [_value], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___stats___state____instructor_analytics_state = useStateContext("reflex___state____state.udemy_clone___stats___state____instructor_analytics_state")
    return(
        jsx(RadixThemesSegmentedControl.Root,{...mergeSlotProps(rest, ({ css:({ ["& .rt-SegmentedControlIndicator"] : ({ ["width"] : "calc(100% / var(--rx-sc-count))", ["transform"] : "translateX(calc(var(--rx-sc-idx) * 100%))" }), ["--rx-sc-count"] : ["7", "30", "90"].length, ["--rx-sc-idx"] : (["7", "30", "90"].indexOf(reflex___state____state__udemy_clone___stats___state____instructor_analytics_state.days_rx_state_)) }), id:"period-picker", onValueChange:on_change_193d0c5eebd7db0514d01aed1c503b68, ref:ref_period_picker, value:reflex___state____state__udemy_clone___stats___state____instructor_analytics_state.days_rx_state_ }))},children)
    )
});
Segmentedcontrolroot_segmentedcontrol__root_4794c705e6391d7dbfd802fbeaea32b6_a5bb35a7.displayName = "SegmentedControlRoot";
return Segmentedcontrolroot_segmentedcontrol__root_4794c705e6391d7dbfd802fbeaea32b6_a5bb35a7;
})();

export const Bare_comp_ed0c3a6e7d66c7f2bb88c29cda5ae5dc_a5bb35a7 = /*#__PURE__*/ (() => {
const Bare_comp_ed0c3a6e7d66c7f2bb88c29cda5ae5dc_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____instructor_analytics_state = useStateContext("reflex___state____state.udemy_clone___stats___state____instructor_analytics_state")
    return(
        reflex___state____state__udemy_clone___stats___state____instructor_analytics_state.error_rx_state_
    )
});
Bare_comp_ed0c3a6e7d66c7f2bb88c29cda5ae5dc_a5bb35a7.displayName = "Bare";
return Bare_comp_ed0c3a6e7d66c7f2bb88c29cda5ae5dc_a5bb35a7;
})();

export const Foreach_comp_2736ea0109bd871d4002840d84ff4fa3_a5bb35a7 = /*#__PURE__*/ (() => {
const Foreach_comp_2736ea0109bd871d4002840d84ff4fa3_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____instructor_analytics_state = useStateContext("reflex___state____state.udemy_clone___stats___state____instructor_analytics_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___stats___state____instructor_analytics_state.kpis_rx_state_ ?? [],((k_rx_state_,index_1d374193a4c2b5f5ec39572093a4358f)=>(jsx(RadixThemesBox,{css:({ ["padding"] : "0.85rem 1rem", ["border"] : "1px solid var(--gray-a5)", ["borderRadius"] : "12px", ["background"] : "var(--color-panel-solid)", ["boxShadow"] : "0 1px 2px rgba(0,0,0,0.04)" }),key:index_1d374193a4c2b5f5ec39572093a4358f},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1",weight:"medium"},k_rx_state_?.["label"]),jsx(RadixThemesText,{as:"p",id:k_rx_state_?.["id"],size:"5",weight:"bold"},k_rx_state_?.["value"])))))
    )
});
Foreach_comp_2736ea0109bd871d4002840d84ff4fa3_a5bb35a7.displayName = "Foreach";
return Foreach_comp_2736ea0109bd871d4002840d84ff4fa3_a5bb35a7;
})();

export const Responsivecontainer_responsivecontainer_b401bde3dcd6d22ae6c32caf23777761_a5bb35a7 = /*#__PURE__*/ (() => {
const Responsivecontainer_responsivecontainer_b401bde3dcd6d22ae6c32caf23777761_a5bb35a7 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___stats___state____instructor_analytics_state = useStateContext("reflex___state____state.udemy_clone___stats___state____instructor_analytics_state")
    return(
        jsx(RechartsResponsiveContainer,{...mergeSlotProps(rest, ({ height:260, minHeight:10, minWidth:10, width:"100%" }))},jsx(RechartsAreaChart,{data:reflex___state____state__udemy_clone___stats___state____instructor_analytics_state.daily_rx_state_,height:"100%",margin:({ ["top"] : 8, ["right"] : 16, ["left"] : 8, ["bottom"] : 8 }),width:"100%"},jsx(RechartsCartesianGrid,{stroke:"var(--gray-7)",strokeDasharray:"3 3",vertical:false},),jsx(RechartsArea,{activeDot:({ ["stroke"] : "var(--accent-2)", ["fill"] : "var(--accent-10)" }),dataKey:"revenue",fill:"var(--violet-5)",name:"Revenue ($)",stroke:"var(--violet-9)",type:"monotone",yAxisId:"left"},),jsx(RechartsXAxis,{dataKey:"day",height:40,label:({ ["value"] : "Day (UTC)", ["position"] : "insideBottom", ["offset"] : -4, ["font_size"] : 12 }),minTickGap:16,stroke:"var(--gray-9)",tick:({ ["font_size"] : "12px" })},),jsx(RechartsYAxis,{allowDecimals:false,label:({ ["value"] : "US dollars", ["angle"] : -90, ["position"] : "insideLeft", ["font_size"] : 12 }),orientation:"left",stroke:"var(--gray-9)",tick:({ ["font_size"] : "12px" }),width:64,yAxisId:"left"},),jsx(RechartsTooltip,{contentStyle:({ ["background"] : "var(--gray-1)", ["borderColor"] : "var(--gray-4)", ["borderRadius"] : "8px" }),cursor:({ ["strokeWidth"] : 1, ["fill"] : "var(--gray-3)" }),itemStyle:({ ["color"] : "var(--gray-12)" }),labelStyle:({ ["color"] : "var(--gray-11)" })},)))
    )
});
Responsivecontainer_responsivecontainer_b401bde3dcd6d22ae6c32caf23777761_a5bb35a7.displayName = "ResponsiveContainer";
return Responsivecontainer_responsivecontainer_b401bde3dcd6d22ae6c32caf23777761_a5bb35a7;
})();

export const Cond_comp_2ff58203ca8fc27101764ad4a0eedc09_a5bb35a7 = /*#__PURE__*/ (() => {
const Cond_comp_2ff58203ca8fc27101764ad4a0eedc09_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____instructor_analytics_state = useStateContext("reflex___state____state.udemy_clone___stats___state____instructor_analytics_state")
    return(
        (reflex___state____state__udemy_clone___stats___state____instructor_analytics_state.has_activity_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2ff58203ca8fc27101764ad4a0eedc09_a5bb35a7.displayName = "Cond";
return Cond_comp_2ff58203ca8fc27101764ad4a0eedc09_a5bb35a7;
})();

export const Responsivecontainer_responsivecontainer_e6e3935dff31c0b48d6b34650d9f436b_a5bb35a7 = /*#__PURE__*/ (() => {
const Responsivecontainer_responsivecontainer_e6e3935dff31c0b48d6b34650d9f436b_a5bb35a7 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___stats___state____instructor_analytics_state = useStateContext("reflex___state____state.udemy_clone___stats___state____instructor_analytics_state")
    return(
        jsx(RechartsResponsiveContainer,{...mergeSlotProps(rest, ({ height:260, minHeight:10, minWidth:10, width:"100%" }))},jsx(RechartsBarChart,{data:reflex___state____state__udemy_clone___stats___state____instructor_analytics_state.daily_rx_state_,height:"100%",layout:"horizontal",margin:({ ["top"] : 8, ["right"] : 16, ["left"] : 8, ["bottom"] : 8 }),width:"100%"},jsx(RechartsCartesianGrid,{stroke:"var(--gray-7)",strokeDasharray:"3 3",vertical:false},),jsx(RechartsBar,{dataKey:"sales",fill:"var(--green-9)",name:"Sales",yAxisId:"left"},),jsx(RechartsBar,{dataKey:"enrollments",fill:"var(--blue-9)",name:"New students",yAxisId:"left"},),jsx(RechartsXAxis,{dataKey:"day",height:40,label:({ ["value"] : "Day (UTC)", ["position"] : "insideBottom", ["offset"] : -4, ["font_size"] : 12 }),minTickGap:16,stroke:"var(--gray-9)",tick:({ ["font_size"] : "12px" })},),jsx(RechartsYAxis,{allowDecimals:false,label:({ ["value"] : "Count", ["angle"] : -90, ["position"] : "insideLeft", ["font_size"] : 12 }),orientation:"left",stroke:"var(--gray-9)",tick:({ ["font_size"] : "12px" }),width:64,yAxisId:"left"},),jsx(RechartsTooltip,{contentStyle:({ ["background"] : "var(--gray-1)", ["borderColor"] : "var(--gray-4)", ["borderRadius"] : "8px" }),cursor:({ ["strokeWidth"] : 1, ["fill"] : "var(--gray-3)" }),itemStyle:({ ["color"] : "var(--gray-12)" }),labelStyle:({ ["color"] : "var(--gray-11)" })},),jsx(RechartsLegend,{height:28,verticalAlign:"top"},)))
    )
});
Responsivecontainer_responsivecontainer_e6e3935dff31c0b48d6b34650d9f436b_a5bb35a7.displayName = "ResponsiveContainer";
return Responsivecontainer_responsivecontainer_e6e3935dff31c0b48d6b34650d9f436b_a5bb35a7;
})();

export const Responsivecontainer_responsivecontainer_2565460cc21a40cd1390b8669cab4288_a5bb35a7 = /*#__PURE__*/ (() => {
const Responsivecontainer_responsivecontainer_2565460cc21a40cd1390b8669cab4288_a5bb35a7 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___stats___state____instructor_analytics_state = useStateContext("reflex___state____state.udemy_clone___stats___state____instructor_analytics_state")
    return(
        jsx(RechartsResponsiveContainer,{...mergeSlotProps(rest, ({ height:260, minHeight:10, minWidth:10, width:"100%" }))},jsx(RechartsLineChart,{data:reflex___state____state__udemy_clone___stats___state____instructor_analytics_state.daily_rx_state_,height:"100%",margin:({ ["top"] : 8, ["right"] : 16, ["left"] : 8, ["bottom"] : 8 }),width:"100%"},jsx(RechartsCartesianGrid,{stroke:"var(--gray-7)",strokeDasharray:"3 3",vertical:false},),jsx(RechartsLine,{activeDot:({ ["stroke"] : "var(--accent-2)", ["fill"] : "var(--accent-10)" }),dataKey:"watch_minutes",dot:false,name:"Minutes watched",stroke:"var(--orange-9)",strokeWidth:2,type:"monotone",yAxisId:"left"},),jsx(RechartsXAxis,{dataKey:"day",height:40,label:({ ["value"] : "Day (UTC)", ["position"] : "insideBottom", ["offset"] : -4, ["font_size"] : 12 }),minTickGap:16,stroke:"var(--gray-9)",tick:({ ["font_size"] : "12px" })},),jsx(RechartsYAxis,{allowDecimals:false,label:({ ["value"] : "Minutes", ["angle"] : -90, ["position"] : "insideLeft", ["font_size"] : 12 }),orientation:"left",stroke:"var(--gray-9)",tick:({ ["font_size"] : "12px" }),width:64,yAxisId:"left"},),jsx(RechartsTooltip,{contentStyle:({ ["background"] : "var(--gray-1)", ["borderColor"] : "var(--gray-4)", ["borderRadius"] : "8px" }),cursor:({ ["strokeWidth"] : 1, ["fill"] : "var(--gray-3)" }),itemStyle:({ ["color"] : "var(--gray-12)" }),labelStyle:({ ["color"] : "var(--gray-11)" })},),jsx(RechartsLegend,{height:28,verticalAlign:"top"},)))
    )
});
Responsivecontainer_responsivecontainer_2565460cc21a40cd1390b8669cab4288_a5bb35a7.displayName = "ResponsiveContainer";
return Responsivecontainer_responsivecontainer_2565460cc21a40cd1390b8669cab4288_a5bb35a7;
})();

export const Cond_comp_5f40a109dd1ae66d15555a39e6605819_a5bb35a7 = /*#__PURE__*/ (() => {
const Cond_comp_5f40a109dd1ae66d15555a39e6605819_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____instructor_analytics_state = useStateContext("reflex___state____state.udemy_clone___stats___state____instructor_analytics_state")
    return(
        (reflex___state____state__udemy_clone___stats___state____instructor_analytics_state.has_watching_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5f40a109dd1ae66d15555a39e6605819_a5bb35a7.displayName = "Cond";
return Cond_comp_5f40a109dd1ae66d15555a39e6605819_a5bb35a7;
})();

export const Responsivecontainer_responsivecontainer_bdaa02c307138ef49fad438f62c48d8b_a5bb35a7 = /*#__PURE__*/ (() => {
const Responsivecontainer_responsivecontainer_bdaa02c307138ef49fad438f62c48d8b_a5bb35a7 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___stats___state____instructor_analytics_state = useStateContext("reflex___state____state.udemy_clone___stats___state____instructor_analytics_state")
    return(
        jsx(RechartsResponsiveContainer,{...mergeSlotProps(rest, ({ height:392, minHeight:10, minWidth:10, width:"100%" }))},jsx(RechartsBarChart,{data:reflex___state____state__udemy_clone___stats___state____instructor_analytics_state.lectures_rx_state_,height:"100%",layout:"vertical",margin:({ ["top"] : 8, ["right"] : 16, ["left"] : 8, ["bottom"] : 8 }),width:"100%"},jsx(RechartsCartesianGrid,{stroke:"var(--gray-7)",strokeDasharray:"3 3",vertical:true},),jsx(RechartsBar,{dataKey:"watched",fill:"var(--violet-9)",name:"Watched (%)",yAxisId:"left"},),jsx(RechartsBar,{dataKey:"completed",fill:"var(--green-9)",name:"Completed (%)",yAxisId:"left"},),jsx(RechartsXAxis,{domain:[0, 100],height:40,label:({ ["value"] : "% of enrolled students", ["position"] : "insideBottom", ["offset"] : -4, ["font_size"] : 12 }),stroke:"var(--gray-9)",tick:({ ["font_size"] : "12px" }),type:"number"},),jsx(RechartsYAxis,{dataKey:"title",stroke:"var(--gray-9)",tick:({ ["font_size"] : "12px" }),type:"category",width:190,yAxisId:"left"},),jsx(RechartsTooltip,{contentStyle:({ ["background"] : "var(--gray-1)", ["borderColor"] : "var(--gray-4)", ["borderRadius"] : "8px" }),cursor:({ ["strokeWidth"] : 1, ["fill"] : "var(--gray-3)" }),itemStyle:({ ["color"] : "var(--gray-12)" }),labelStyle:({ ["color"] : "var(--gray-11)" })},),jsx(RechartsLegend,{height:28,verticalAlign:"top"},)))
    )
});
Responsivecontainer_responsivecontainer_bdaa02c307138ef49fad438f62c48d8b_a5bb35a7.displayName = "ResponsiveContainer";
return Responsivecontainer_responsivecontainer_bdaa02c307138ef49fad438f62c48d8b_a5bb35a7;
})();

export const Cond_comp_7a5a6f1ad8e6012fea3fed6629730d12_a5bb35a7 = /*#__PURE__*/ (() => {
const Cond_comp_7a5a6f1ad8e6012fea3fed6629730d12_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____instructor_analytics_state = useStateContext("reflex___state____state.udemy_clone___stats___state____instructor_analytics_state")
    return(
        ((reflex___state____state__udemy_clone___stats___state____instructor_analytics_state.lectures_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7a5a6f1ad8e6012fea3fed6629730d12_a5bb35a7.displayName = "Cond";
return Cond_comp_7a5a6f1ad8e6012fea3fed6629730d12_a5bb35a7;
})();

export const Foreach_comp_672e4a169ee6ad731bf53fc85889f036_a5bb35a7 = /*#__PURE__*/ (() => {
const Foreach_comp_672e4a169ee6ad731bf53fc85889f036_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____instructor_analytics_state = useStateContext("reflex___state____state.udemy_clone___stats___state____instructor_analytics_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___stats___state____instructor_analytics_state.courses_rx_state_ ?? [],((c_rx_state_,index_a45bad5c0c3194dcc40530ff913136e0)=>(jsx(RadixThemesTable.Row,{key:index_a45bad5c0c3194dcc40530ff913136e0},jsx(RadixThemesTable.Cell,{},jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) })},jsx(ReactRouterLink,{to:c_rx_state_?.["href"]},c_rx_state_?.["title"]))),jsx(RadixThemesTable.Cell,{},c_rx_state_?.["revenue_text"]),jsx(RadixThemesTable.Cell,{},c_rx_state_?.["sales"]),jsx(RadixThemesTable.Cell,{},c_rx_state_?.["enrollments"]),jsx(RadixThemesTable.Cell,{},c_rx_state_?.["watch_text"]),jsx(RadixThemesTable.Cell,{},c_rx_state_?.["rating_text"]),jsx(RadixThemesTable.Cell,{},c_rx_state_?.["completion_text"])))))
    )
});
Foreach_comp_672e4a169ee6ad731bf53fc85889f036_a5bb35a7.displayName = "Foreach";
return Foreach_comp_672e4a169ee6ad731bf53fc85889f036_a5bb35a7;
})();

export const Cond_comp_bac87cd6e9d32fecc7bb6452d5ef886d_a5bb35a7 = /*#__PURE__*/ (() => {
const Cond_comp_bac87cd6e9d32fecc7bb6452d5ef886d_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____instructor_analytics_state = useStateContext("reflex___state____state.udemy_clone___stats___state____instructor_analytics_state")
    return(
        (reflex___state____state__udemy_clone___stats___state____instructor_analytics_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_bac87cd6e9d32fecc7bb6452d5ef886d_a5bb35a7.displayName = "Cond";
return Cond_comp_bac87cd6e9d32fecc7bb6452d5ef886d_a5bb35a7;
})();

export const Cond_comp_ae89f60d1bde759028efd683e9d51160_a5bb35a7 = /*#__PURE__*/ (() => {
const Cond_comp_ae89f60d1bde759028efd683e9d51160_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____instructor_analytics_state = useStateContext("reflex___state____state.udemy_clone___stats___state____instructor_analytics_state")
    return(
        (!((reflex___state____state__udemy_clone___stats___state____instructor_analytics_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ae89f60d1bde759028efd683e9d51160_a5bb35a7.displayName = "Cond";
return Cond_comp_ae89f60d1bde759028efd683e9d51160_a5bb35a7;
})();

export const Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_a5bb35a7 = /*#__PURE__*/ (() => {
const Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.forbidden_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_a5bb35a7.displayName = "Cond";
return Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_a5bb35a7;
})();

export const Bare_comp_1c14d1a7377f1b10645bb9ce0a7f5bbf_a5bb35a7 = /*#__PURE__*/ (() => {
const Bare_comp_1c14d1a7377f1b10645bb9ce0a7f5bbf_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____admin_stats_state = useStateContext("reflex___state____state.udemy_clone___stats___state____admin_stats_state")
    return(
        reflex___state____state__udemy_clone___stats___state____admin_stats_state.generated_rx_state_
    )
});
Bare_comp_1c14d1a7377f1b10645bb9ce0a7f5bbf_a5bb35a7.displayName = "Bare";
return Bare_comp_1c14d1a7377f1b10645bb9ce0a7f5bbf_a5bb35a7;
})();

export const Segmentedcontrolroot_segmentedcontrol__root_7c8526259b5ecaa1f61aac2c4c094ada_a5bb35a7 = /*#__PURE__*/ (() => {
const Segmentedcontrolroot_segmentedcontrol__root_7c8526259b5ecaa1f61aac2c4c094ada_a5bb35a7 = memo(({children, ...rest}) => {
    const ref_period_picker = useRef(null); refs["ref_period_picker"] = ref_period_picker;
const on_change_5b2d62ade7d38ac78a55396d0a2008e8 = useCallback(((_value) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___stats___state____admin_stats_state.choose_days", ({ ["value"] : _value }), ({  })))], [_value], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___stats___state____admin_stats_state = useStateContext("reflex___state____state.udemy_clone___stats___state____admin_stats_state")
    return(
        jsx(RadixThemesSegmentedControl.Root,{...mergeSlotProps(rest, ({ css:({ ["& .rt-SegmentedControlIndicator"] : ({ ["width"] : "calc(100% / var(--rx-sc-count))", ["transform"] : "translateX(calc(var(--rx-sc-idx) * 100%))" }), ["--rx-sc-count"] : ["7", "30", "90"].length, ["--rx-sc-idx"] : (["7", "30", "90"].indexOf(reflex___state____state__udemy_clone___stats___state____admin_stats_state.days_rx_state_)) }), id:"period-picker", onValueChange:on_change_5b2d62ade7d38ac78a55396d0a2008e8, ref:ref_period_picker, value:reflex___state____state__udemy_clone___stats___state____admin_stats_state.days_rx_state_ }))},children)
    )
});
Segmentedcontrolroot_segmentedcontrol__root_7c8526259b5ecaa1f61aac2c4c094ada_a5bb35a7.displayName = "SegmentedControlRoot";
return Segmentedcontrolroot_segmentedcontrol__root_7c8526259b5ecaa1f61aac2c4c094ada_a5bb35a7;
})();

export const Foreach_comp_a13cb1b21c3e67bf0337619e24f6997d_a5bb35a7 = /*#__PURE__*/ (() => {
const Foreach_comp_a13cb1b21c3e67bf0337619e24f6997d_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____admin_stats_state = useStateContext("reflex___state____state.udemy_clone___stats___state____admin_stats_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___stats___state____admin_stats_state.kpis_rx_state_ ?? [],((k_rx_state_,index_1d374193a4c2b5f5ec39572093a4358f)=>(jsx(RadixThemesBox,{css:({ ["padding"] : "0.85rem 1rem", ["border"] : "1px solid var(--gray-a5)", ["borderRadius"] : "12px", ["background"] : "var(--color-panel-solid)", ["boxShadow"] : "0 1px 2px rgba(0,0,0,0.04)" }),key:index_1d374193a4c2b5f5ec39572093a4358f},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1",weight:"medium"},k_rx_state_?.["label"]),jsx(RadixThemesText,{as:"p",id:k_rx_state_?.["id"],size:"5",weight:"bold"},k_rx_state_?.["value"])))))
    )
});
Foreach_comp_a13cb1b21c3e67bf0337619e24f6997d_a5bb35a7.displayName = "Foreach";
return Foreach_comp_a13cb1b21c3e67bf0337619e24f6997d_a5bb35a7;
})();

export const Responsivecontainer_responsivecontainer_0c971a20df7a603c26582ef510b2933e_a5bb35a7 = /*#__PURE__*/ (() => {
const Responsivecontainer_responsivecontainer_0c971a20df7a603c26582ef510b2933e_a5bb35a7 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___stats___state____admin_stats_state = useStateContext("reflex___state____state.udemy_clone___stats___state____admin_stats_state")
    return(
        jsx(RechartsResponsiveContainer,{...mergeSlotProps(rest, ({ height:260, minHeight:10, minWidth:10, width:"100%" }))},jsx(RechartsAreaChart,{data:reflex___state____state__udemy_clone___stats___state____admin_stats_state.daily_rx_state_,height:"100%",margin:({ ["top"] : 8, ["right"] : 16, ["left"] : 8, ["bottom"] : 8 }),width:"100%"},jsx(RechartsCartesianGrid,{stroke:"var(--gray-7)",strokeDasharray:"3 3",vertical:false},),jsx(RechartsArea,{activeDot:({ ["stroke"] : "var(--accent-2)", ["fill"] : "var(--accent-10)" }),dataKey:"revenue",fill:"var(--violet-5)",name:"Revenue ($)",stroke:"var(--violet-9)",type:"monotone",yAxisId:"left"},),jsx(RechartsXAxis,{dataKey:"day",height:40,label:({ ["value"] : "Day (UTC)", ["position"] : "insideBottom", ["offset"] : -4, ["font_size"] : 12 }),minTickGap:16,stroke:"var(--gray-9)",tick:({ ["font_size"] : "12px" })},),jsx(RechartsYAxis,{allowDecimals:false,label:({ ["value"] : "US dollars", ["angle"] : -90, ["position"] : "insideLeft", ["font_size"] : 12 }),orientation:"left",stroke:"var(--gray-9)",tick:({ ["font_size"] : "12px" }),width:64,yAxisId:"left"},),jsx(RechartsTooltip,{contentStyle:({ ["background"] : "var(--gray-1)", ["borderColor"] : "var(--gray-4)", ["borderRadius"] : "8px" }),cursor:({ ["strokeWidth"] : 1, ["fill"] : "var(--gray-3)" }),itemStyle:({ ["color"] : "var(--gray-12)" }),labelStyle:({ ["color"] : "var(--gray-11)" })},)))
    )
});
Responsivecontainer_responsivecontainer_0c971a20df7a603c26582ef510b2933e_a5bb35a7.displayName = "ResponsiveContainer";
return Responsivecontainer_responsivecontainer_0c971a20df7a603c26582ef510b2933e_a5bb35a7;
})();

export const Responsivecontainer_responsivecontainer_d409af398735214bdf96e6daadc89592_a5bb35a7 = /*#__PURE__*/ (() => {
const Responsivecontainer_responsivecontainer_d409af398735214bdf96e6daadc89592_a5bb35a7 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___stats___state____admin_stats_state = useStateContext("reflex___state____state.udemy_clone___stats___state____admin_stats_state")
    return(
        jsx(RechartsResponsiveContainer,{...mergeSlotProps(rest, ({ height:260, minHeight:10, minWidth:10, width:"100%" }))},jsx(RechartsBarChart,{data:reflex___state____state__udemy_clone___stats___state____admin_stats_state.daily_rx_state_,height:"100%",layout:"horizontal",margin:({ ["top"] : 8, ["right"] : 16, ["left"] : 8, ["bottom"] : 8 }),width:"100%"},jsx(RechartsCartesianGrid,{stroke:"var(--gray-7)",strokeDasharray:"3 3",vertical:false},),jsx(RechartsBar,{dataKey:"orders",fill:"var(--green-9)",name:"Orders",yAxisId:"left"},),jsx(RechartsBar,{dataKey:"refunds",fill:"var(--red-9)",name:"Refunds",yAxisId:"left"},),jsx(RechartsXAxis,{dataKey:"day",height:40,label:({ ["value"] : "Day (UTC)", ["position"] : "insideBottom", ["offset"] : -4, ["font_size"] : 12 }),minTickGap:16,stroke:"var(--gray-9)",tick:({ ["font_size"] : "12px" })},),jsx(RechartsYAxis,{allowDecimals:false,label:({ ["value"] : "Orders", ["angle"] : -90, ["position"] : "insideLeft", ["font_size"] : 12 }),orientation:"left",stroke:"var(--gray-9)",tick:({ ["font_size"] : "12px" }),width:64,yAxisId:"left"},),jsx(RechartsTooltip,{contentStyle:({ ["background"] : "var(--gray-1)", ["borderColor"] : "var(--gray-4)", ["borderRadius"] : "8px" }),cursor:({ ["strokeWidth"] : 1, ["fill"] : "var(--gray-3)" }),itemStyle:({ ["color"] : "var(--gray-12)" }),labelStyle:({ ["color"] : "var(--gray-11)" })},),jsx(RechartsLegend,{height:28,verticalAlign:"top"},)))
    )
});
Responsivecontainer_responsivecontainer_d409af398735214bdf96e6daadc89592_a5bb35a7.displayName = "ResponsiveContainer";
return Responsivecontainer_responsivecontainer_d409af398735214bdf96e6daadc89592_a5bb35a7;
})();

export const Responsivecontainer_responsivecontainer_ebbd85c7852dbf810da59619e6dfdcee_a5bb35a7 = /*#__PURE__*/ (() => {
const Responsivecontainer_responsivecontainer_ebbd85c7852dbf810da59619e6dfdcee_a5bb35a7 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___stats___state____admin_stats_state = useStateContext("reflex___state____state.udemy_clone___stats___state____admin_stats_state")
    return(
        jsx(RechartsResponsiveContainer,{...mergeSlotProps(rest, ({ height:260, minHeight:10, minWidth:10, width:"100%" }))},jsx(RechartsLineChart,{data:reflex___state____state__udemy_clone___stats___state____admin_stats_state.daily_rx_state_,height:"100%",margin:({ ["top"] : 8, ["right"] : 16, ["left"] : 8, ["bottom"] : 8 }),width:"100%"},jsx(RechartsCartesianGrid,{stroke:"var(--gray-7)",strokeDasharray:"3 3",vertical:false},),jsx(RechartsLine,{activeDot:({ ["stroke"] : "var(--accent-2)", ["fill"] : "var(--accent-10)" }),dataKey:"signups",dot:false,name:"Sign-ups",stroke:"var(--blue-9)",strokeWidth:2,type:"monotone",yAxisId:"left"},),jsx(RechartsLine,{activeDot:({ ["stroke"] : "var(--accent-2)", ["fill"] : "var(--accent-10)" }),dataKey:"enrollments",dot:false,name:"Enrollments",stroke:"var(--green-9)",strokeWidth:2,type:"monotone",yAxisId:"left"},),jsx(RechartsXAxis,{dataKey:"day",height:40,label:({ ["value"] : "Day (UTC)", ["position"] : "insideBottom", ["offset"] : -4, ["font_size"] : 12 }),minTickGap:16,stroke:"var(--gray-9)",tick:({ ["font_size"] : "12px" })},),jsx(RechartsYAxis,{allowDecimals:false,label:({ ["value"] : "Count", ["angle"] : -90, ["position"] : "insideLeft", ["font_size"] : 12 }),orientation:"left",stroke:"var(--gray-9)",tick:({ ["font_size"] : "12px" }),width:64,yAxisId:"left"},),jsx(RechartsTooltip,{contentStyle:({ ["background"] : "var(--gray-1)", ["borderColor"] : "var(--gray-4)", ["borderRadius"] : "8px" }),cursor:({ ["strokeWidth"] : 1, ["fill"] : "var(--gray-3)" }),itemStyle:({ ["color"] : "var(--gray-12)" }),labelStyle:({ ["color"] : "var(--gray-11)" })},),jsx(RechartsLegend,{height:28,verticalAlign:"top"},)))
    )
});
Responsivecontainer_responsivecontainer_ebbd85c7852dbf810da59619e6dfdcee_a5bb35a7.displayName = "ResponsiveContainer";
return Responsivecontainer_responsivecontainer_ebbd85c7852dbf810da59619e6dfdcee_a5bb35a7;
})();

export const Responsivecontainer_responsivecontainer_a5cf09f66d81275e21080bc87ab42c86_a5bb35a7 = /*#__PURE__*/ (() => {
const Responsivecontainer_responsivecontainer_a5cf09f66d81275e21080bc87ab42c86_a5bb35a7 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___stats___state____admin_stats_state = useStateContext("reflex___state____state.udemy_clone___stats___state____admin_stats_state")
    return(
        jsx(RechartsResponsiveContainer,{...mergeSlotProps(rest, ({ height:260, minHeight:10, minWidth:10, width:"100%" }))},jsx(RechartsAreaChart,{data:reflex___state____state__udemy_clone___stats___state____admin_stats_state.daily_rx_state_,height:"100%",margin:({ ["top"] : 8, ["right"] : 16, ["left"] : 8, ["bottom"] : 8 }),width:"100%"},jsx(RechartsCartesianGrid,{stroke:"var(--gray-7)",strokeDasharray:"3 3",vertical:false},),jsx(RechartsArea,{activeDot:({ ["stroke"] : "var(--accent-2)", ["fill"] : "var(--accent-10)" }),dataKey:"watch_minutes",fill:"var(--orange-5)",name:"Minutes watched",stroke:"var(--orange-9)",type:"monotone",yAxisId:"left"},),jsx(RechartsXAxis,{dataKey:"day",height:40,label:({ ["value"] : "Day (UTC)", ["position"] : "insideBottom", ["offset"] : -4, ["font_size"] : 12 }),minTickGap:16,stroke:"var(--gray-9)",tick:({ ["font_size"] : "12px" })},),jsx(RechartsYAxis,{allowDecimals:false,label:({ ["value"] : "Minutes", ["angle"] : -90, ["position"] : "insideLeft", ["font_size"] : 12 }),orientation:"left",stroke:"var(--gray-9)",tick:({ ["font_size"] : "12px" }),width:64,yAxisId:"left"},),jsx(RechartsTooltip,{contentStyle:({ ["background"] : "var(--gray-1)", ["borderColor"] : "var(--gray-4)", ["borderRadius"] : "8px" }),cursor:({ ["strokeWidth"] : 1, ["fill"] : "var(--gray-3)" }),itemStyle:({ ["color"] : "var(--gray-12)" }),labelStyle:({ ["color"] : "var(--gray-11)" })},)))
    )
});
Responsivecontainer_responsivecontainer_a5cf09f66d81275e21080bc87ab42c86_a5bb35a7.displayName = "ResponsiveContainer";
return Responsivecontainer_responsivecontainer_a5cf09f66d81275e21080bc87ab42c86_a5bb35a7;
})();

export const Foreach_comp_0787de2c2235f1ed3e926f870534f51c_a5bb35a7 = /*#__PURE__*/ (() => {
const Foreach_comp_0787de2c2235f1ed3e926f870534f51c_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____admin_stats_state = useStateContext("reflex___state____state.udemy_clone___stats___state____admin_stats_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___stats___state____admin_stats_state.top_courses_rx_state_ ?? [],((r_rx_state_,index_d31b9ccef15f97cf95fba280d221715b)=>(jsx(RadixThemesTable.Row,{key:index_d31b9ccef15f97cf95fba280d221715b},jsx(RadixThemesTable.Cell,{},r_rx_state_?.["title"]),jsx(RadixThemesTable.Cell,{},r_rx_state_?.["sales"]),jsx(RadixThemesTable.Cell,{},r_rx_state_?.["revenue_text"])))))
    )
});
Foreach_comp_0787de2c2235f1ed3e926f870534f51c_a5bb35a7.displayName = "Foreach";
return Foreach_comp_0787de2c2235f1ed3e926f870534f51c_a5bb35a7;
})();

export const Cond_comp_a5ebf508d1c87bd9e2775ff1919a510d_a5bb35a7 = /*#__PURE__*/ (() => {
const Cond_comp_a5ebf508d1c87bd9e2775ff1919a510d_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____admin_stats_state = useStateContext("reflex___state____state.udemy_clone___stats___state____admin_stats_state")
    return(
        ((reflex___state____state__udemy_clone___stats___state____admin_stats_state.top_courses_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a5ebf508d1c87bd9e2775ff1919a510d_a5bb35a7.displayName = "Cond";
return Cond_comp_a5ebf508d1c87bd9e2775ff1919a510d_a5bb35a7;
})();

export const Foreach_comp_eec8ed5aa31632da36ed7535b9d737aa_a5bb35a7 = /*#__PURE__*/ (() => {
const Foreach_comp_eec8ed5aa31632da36ed7535b9d737aa_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____admin_stats_state = useStateContext("reflex___state____state.udemy_clone___stats___state____admin_stats_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___stats___state____admin_stats_state.top_instructors_rx_state_ ?? [],((r_rx_state_,index_d31b9ccef15f97cf95fba280d221715b)=>(jsx(RadixThemesTable.Row,{key:index_d31b9ccef15f97cf95fba280d221715b},jsx(RadixThemesTable.Cell,{},r_rx_state_?.["name"]),jsx(RadixThemesTable.Cell,{},r_rx_state_?.["courses"]),jsx(RadixThemesTable.Cell,{},r_rx_state_?.["sales"]),jsx(RadixThemesTable.Cell,{},r_rx_state_?.["revenue_text"])))))
    )
});
Foreach_comp_eec8ed5aa31632da36ed7535b9d737aa_a5bb35a7.displayName = "Foreach";
return Foreach_comp_eec8ed5aa31632da36ed7535b9d737aa_a5bb35a7;
})();

export const Cond_comp_b4b21e5d858dccbd9696daa017267a18_a5bb35a7 = /*#__PURE__*/ (() => {
const Cond_comp_b4b21e5d858dccbd9696daa017267a18_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____admin_stats_state = useStateContext("reflex___state____state.udemy_clone___stats___state____admin_stats_state")
    return(
        ((reflex___state____state__udemy_clone___stats___state____admin_stats_state.top_instructors_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b4b21e5d858dccbd9696daa017267a18_a5bb35a7.displayName = "Cond";
return Cond_comp_b4b21e5d858dccbd9696daa017267a18_a5bb35a7;
})();

export const Bare_comp_2a82241eed85497b3c040f3baf553999_a5bb35a7 = /*#__PURE__*/ (() => {
const Bare_comp_2a82241eed85497b3c040f3baf553999_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____admin_stats_state = useStateContext("reflex___state____state.udemy_clone___stats___state____admin_stats_state")
    return(
        (("Jobs run by the "+reflex___state____state__udemy_clone___stats___state____admin_stats_state.backend_rx_state_)+". Failed jobs keep their error; Retry queues them again.")
    )
});
Bare_comp_2a82241eed85497b3c040f3baf553999_a5bb35a7.displayName = "Bare";
return Bare_comp_2a82241eed85497b3c040f3baf553999_a5bb35a7;
})();

export const Foreach_comp_fe1b6e1e47b8fd70f4601d52b28ffa8b_a5bb35a7 = /*#__PURE__*/ (() => {
const Foreach_comp_fe1b6e1e47b8fd70f4601d52b28ffa8b_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____admin_stats_state = useStateContext("reflex___state____state.udemy_clone___stats___state____admin_stats_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___stats___state____admin_stats_state.queues_rx_state_ ?? [],((q_rx_state_,index_800167935b692e72a03ced5fcb7c4c05)=>(jsx(RadixThemesBox,{css:({ ["padding"] : "0.5rem 0.75rem", ["minWidth"] : "120px", ["border"] : "1px solid var(--gray-a5)", ["borderRadius"] : "12px", ["background"] : "var(--color-panel-solid)", ["boxShadow"] : "0 1px 2px rgba(0,0,0,0.04)" }),key:index_800167935b692e72a03ced5fcb7c4c05},jsx(RadixThemesText,{as:"p",size:"2",weight:"bold"},q_rx_state_?.["queue"]),jsx(RadixThemesText,{as:"p",size:"1"},"waiting ",q_rx_state_?.["waiting"]),jsx(RadixThemesText,{as:"p",size:"1"},"running ",q_rx_state_?.["running"]),jsx(RadixThemesText,{as:"p",size:"1"},"scheduled ",q_rx_state_?.["scheduled"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : ((q_rx_state_?.["failed"] > 0) ? "var(--red-11)" : "var(--gray-11)") }),size:"1"},"failed ",q_rx_state_?.["failed"])))))
    )
});
Foreach_comp_fe1b6e1e47b8fd70f4601d52b28ffa8b_a5bb35a7.displayName = "Foreach";
return Foreach_comp_fe1b6e1e47b8fd70f4601d52b28ffa8b_a5bb35a7;
})();

export const Button_button_986f68119e8557ccf5e1dfe796d4d977_a5bb35a7 = /*#__PURE__*/ (() => {
const Button_button_986f68119e8557ccf5e1dfe796d4d977_a5bb35a7 = memo(({children, ...rest}) => {
    const on_click_a7269ac0b4139304dae0158dc7f65452 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___stats___state____admin_stats_state.refresh_queues", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_a7269ac0b4139304dae0158dc7f65452, size:"1", variant:"outline" }))},children)
    )
});
Button_button_986f68119e8557ccf5e1dfe796d4d977_a5bb35a7.displayName = "Button";
return Button_button_986f68119e8557ccf5e1dfe796d4d977_a5bb35a7;
})();

export const Bare_comp_c997987f91abf2db3d55b8c8a7e36367_a5bb35a7 = /*#__PURE__*/ (() => {
const Bare_comp_c997987f91abf2db3d55b8c8a7e36367_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____admin_stats_state = useStateContext("reflex___state____state.udemy_clone___stats___state____admin_stats_state")
    return(
        reflex___state____state__udemy_clone___stats___state____admin_stats_state.message_rx_state_
    )
});
Bare_comp_c997987f91abf2db3d55b8c8a7e36367_a5bb35a7.displayName = "Bare";
return Bare_comp_c997987f91abf2db3d55b8c8a7e36367_a5bb35a7;
})();

export const Cond_comp_16d455468ce2cb91480511796c51bb60_a5bb35a7 = /*#__PURE__*/ (() => {
const Cond_comp_16d455468ce2cb91480511796c51bb60_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____admin_stats_state = useStateContext("reflex___state____state.udemy_clone___stats___state____admin_stats_state")
    return(
        (!((reflex___state____state__udemy_clone___stats___state____admin_stats_state.message_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_16d455468ce2cb91480511796c51bb60_a5bb35a7.displayName = "Cond";
return Cond_comp_16d455468ce2cb91480511796c51bb60_a5bb35a7;
})();

export const Foreach_comp_2509e0098433ba6aa07f96ee3c07c0b9_a5bb35a7 = /*#__PURE__*/ (() => {
const Foreach_comp_2509e0098433ba6aa07f96ee3c07c0b9_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____admin_stats_state = useStateContext("reflex___state____state.udemy_clone___stats___state____admin_stats_state")
const { resolvedColorMode } = useContext(ColorModeContext)
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___stats___state____admin_stats_state.failures_rx_state_ ?? [],((f_rx_state_,index_959e99292d567f473d49b716b5798349)=>(jsx(RadixThemesTable.Row,{key:index_959e99292d567f473d49b716b5798349},jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" })},f_rx_state_?.["when"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesTooltip,{content:f_rx_state_?.["func_full"]},jsx(RadixThemesCode,{},f_rx_state_?.["func"]))),jsx(RadixThemesTable.Cell,{},f_rx_state_?.["queue"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",size:"1"},f_rx_state_?.["args"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesPopover.Root,{},jsx(RadixThemesPopover.Trigger,{},jsx(RadixThemesLink,{css:({ ["color"] : "var(--red-11)", ["cursor"] : "pointer", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),href:"#",size:"2"},f_rx_state_?.["summary"])),jsx(RadixThemesPopover.Content,{css:({ ["maxWidth"] : "720px" })},jsx(SyntaxHighlighter,{children:f_rx_state_?.["error"],codeTagProps:({ ["style"] : ({ ["whiteSpace"] : "pre-wrap" }) }),language:"python",style:((resolvedColorMode?.valueOf?.() === "light"?.valueOf?.()) ? oneLight : oneDark),wrapLongLines:true},)))),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesButton,{className:"retry-job",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___stats___state____admin_stats_state.retry", ({ ["failure_id"] : f_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",variant:"soft"},jsx(LucideRotateCcw,{size:14},),"Retry"))))))
    )
});
Foreach_comp_2509e0098433ba6aa07f96ee3c07c0b9_a5bb35a7.displayName = "Foreach";
return Foreach_comp_2509e0098433ba6aa07f96ee3c07c0b9_a5bb35a7;
})();

export const Cond_comp_38ece254c2906de95bbe6e800b3d94b0_a5bb35a7 = /*#__PURE__*/ (() => {
const Cond_comp_38ece254c2906de95bbe6e800b3d94b0_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____admin_stats_state = useStateContext("reflex___state____state.udemy_clone___stats___state____admin_stats_state")
    return(
        ((reflex___state____state__udemy_clone___stats___state____admin_stats_state.failures_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_38ece254c2906de95bbe6e800b3d94b0_a5bb35a7.displayName = "Cond";
return Cond_comp_38ece254c2906de95bbe6e800b3d94b0_a5bb35a7;
})();

export const Cond_comp_704ff7d39aac5355920dc7a89a2c3fa7_a5bb35a7 = /*#__PURE__*/ (() => {
const Cond_comp_704ff7d39aac5355920dc7a89a2c3fa7_a5bb35a7 = memo(({children}) => {
    const reflex___state____state__udemy_clone___stats___state____admin_stats_state = useStateContext("reflex___state____state.udemy_clone___stats___state____admin_stats_state")
    return(
        (reflex___state____state__udemy_clone___stats___state____admin_stats_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_704ff7d39aac5355920dc7a89a2c3fa7_a5bb35a7.displayName = "Cond";
return Cond_comp_704ff7d39aac5355920dc7a89a2c3fa7_a5bb35a7;
})();
